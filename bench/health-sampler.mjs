// Child of bench/registry-import.mjs: GET <url> every 20 ms from its own process (so a blocked
// server thread shows as latency, not as fewer samples) between the parent's 'start' and 'stop';
// answers 'stop' with the latencies in ms. Ends when the parent disconnects.
process.on('disconnect', () => process.exit(0));
import { performance } from 'node:perf_hooks';

const url = process.argv[2];
let sampling = false;
let latencies = [];
process.on('message', async (message) => {
  if (message === 'start') {
    sampling = true;
    latencies = [];
    while (sampling) {
      const t0 = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
      latencies.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } else if (message === 'stop') {
    sampling = false;
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.send(latencies);
  }
});
process.send('ready');
