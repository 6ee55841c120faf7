/**
 * Figure and table downloads: SVG as drawn, PNG rendered through a canvas at twice the size, PDF
 * as a page of the figure's size holding it rendered at three times the size (JPEG, ≈ 216 dpi).
 */
import { pdfWithJpeg } from './pdf.js';

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

/** The figure drawn on a white canvas at `scale` times its size. */
function renderCanvas(svg: SVGSVGElement, scale: number, done: (canvas: HTMLCanvasElement) => void) {
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
    done(canvas);
  };
  // a data: URL, which the content security policy allows for images (blob: it does not)
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialize(svg))}`;
}

export function downloadPng(svg: SVGSVGElement | null, name: string, scale = 2) {
  if (!svg) return;
  renderCanvas(svg, scale, (canvas) => canvas.toBlob((blob) => blob && download(`${name}.png`, 'image/png', blob), 'image/png'));
}

export function downloadPdf(svg: SVGSVGElement | null, name: string, scale = 3) {
  if (!svg) return;
  const { width, height } = svg.viewBox.baseVal;
  renderCanvas(svg, scale, (canvas) =>
    canvas.toBlob(
      (blob) =>
        void blob?.arrayBuffer().then((jpeg) => {
          // a CSS pixel is 0.75 pt: the page has the figure's size
          const pdf = pdfWithJpeg(new Uint8Array(jpeg), canvas.width, canvas.height, width * 0.75, height * 0.75);
          download(`${name}.pdf`, 'application/pdf', new Blob([pdf], { type: 'application/pdf' }));
        }),
      'image/jpeg',
      0.95,
    ),
  );
}
