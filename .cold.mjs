const t0 = performance.now();
const m = await import(process.argv[2]);
console.log((performance.now()-t0).toFixed(1), "ms import", process.argv[2]);
