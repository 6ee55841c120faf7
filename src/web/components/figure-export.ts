/** Figure and table downloads: SVG as drawn, PNG rendered through a canvas at twice the size. */

export function download(name: string, type: string, data: string | Blob) {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const serialize = (svg: SVGSVGElement) => new XMLSerializer().serializeToString(svg);

export function downloadSvg(svg: SVGSVGElement | null, name: string) {
  if (svg) download(`${name}.svg`, 'image/svg+xml', serialize(svg));
}

export function downloadPng(svg: SVGSVGElement | null, name: string, scale = 2) {
  if (!svg) return;
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => blob && download(`${name}.png`, 'image/png', blob), 'image/png');
  };
  // a data: URL, which the content security policy allows for images (blob: it does not)
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialize(svg))}`;
}
