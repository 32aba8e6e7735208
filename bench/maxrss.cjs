// Preloaded into the measured process: reports its peak resident memory (worker threads included).
process.on('exit', () => process.stderr.write(`\nmaxrss-kb ${process.resourceUsage().maxRSS}\n`));
