# Times coxph (Efron), survfit and survdiff on the CSVs written by bench/run.mjs; prints JSON.
# usage: Rscript scripts/r/bench.R COX_CSV KM_CSV REPEATS
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
repeats <- as.integer(args[3])
cox_data <- read.csv(args[1])
km_data <- read.csv(args[2])
best <- function(f) min(replicate(repeats, system.time(f())[["elapsed"]]))
fit <- NULL
cox_seconds <- best(function() fit <<- coxph(Surv(time, status) ~ x1 + x2 + x3 + x4 + x5, cox_data, ties = "efron"))
km <- NULL
km_seconds <- best(function() {
  km <<- survfit(Surv(time, status) ~ group, km_data)
  invisible(summary(km)$table)
  survdiff(Surv(time, status) ~ group, km_data)
})
cat(sprintf('{"cox": %.6f, "km": %.6f, "coef": [%s], "medians": [%s], "version": "%s"}\n', cox_seconds, km_seconds,
            paste(sprintf("%.17g", coef(fit)), collapse = ","), paste(sprintf("%.17g", summary(km)$table[, "median"]), collapse = ","),
            paste0("R ", R.version$major, ".", R.version$minor, ", survival ", packageVersion("survival"))))
