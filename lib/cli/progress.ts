// Long imports and publications show how far they are. On a terminal it is one bar that
// redraws; in a log (CI, a pipe) it is a line at each quarter, so logs stay short.

export type ProgressReporter = (done: number, total: number) => void;

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const width = 30;
  let lastQuarter = -1;
  return (done, total) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const percent = Math.floor(fraction * 100);
    if (stream.isTTY) {
      const filled = Math.round(fraction * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${percent}% (${done}/${total})`);
      if (done >= total) stream.write("\n");
      return;
    }
    const quarter = Math.floor(fraction * 4);
    if (quarter !== lastQuarter) {
      lastQuarter = quarter;
      stream.write(`${label}: ${percent}% (${done}/${total})\n`);
    }
  };
}
