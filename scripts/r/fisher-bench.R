# Times fisher.test on the r × c tables written by bench/fisher.mjs; prints one line per table:
# name, workspace used, seconds per call (best of REPEATS batches of at least MIN_SECONDS), p-value.
# A table R refuses with its default workspace (200000) is timed with the first of 2e6, 2e7, 2e8
# that it accepts, and says so.
# usage: Rscript scripts/r/fisher-bench.R TABLES_FILE REPEATS MIN_SECONDS
args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1])
repeats <- as.integer(args[2])
min_seconds <- as.numeric(args[3])
for (line in lines) {
  parts <- strsplit(line, "\t")[[1]]
  rows <- lapply(strsplit(parts[2], ";")[[1]], function(r) as.numeric(strsplit(r, ",")[[1]]))
  m <- do.call(rbind, rows)
  workspace <- NA
  p <- NA
  for (w in c(200000, 2e6, 2e7, 2e8)) {
    p <- tryCatch(fisher.test(m, workspace = w)$p.value, error = function(e) NA)
    if (!is.na(p)) { workspace <- w; break }
  }
  if (is.na(workspace)) { cat(sprintf("%s\tNA\tNA\tNA\n", parts[1])); next }
  best <- Inf
  for (r in seq_len(repeats)) {
    calls <- 0
    start <- proc.time()[["elapsed"]]
    repeat {
      fisher.test(m, workspace = workspace)
      calls <- calls + 1
      elapsed <- proc.time()[["elapsed"]] - start
      if (elapsed >= min_seconds) break
    }
    best <- min(best, elapsed / calls)
  }
  cat(sprintf("%s\t%.0f\t%.6g\t%.17g\n", parts[1], workspace, best, p))
}
