# Regenerates every reference fixture of src/stats from R (base R and the survival package).
# Run from the repository root: Rscript scripts/r/make-fixtures.R
# Needs: apt-get install -y r-base-core r-cran-survival r-cran-cmprsk r-cran-nlme (Debian packages)
args <- commandArgs(trailingOnly = FALSE)
script_dir <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
out_dir <- file.path(script_dir, "..", "..", "src", "stats", "fixtures")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
for (part in c("json.R", "distributions.R", "classical.R", "edge-cases.R", "survival.R", "inference.R", "competing.R", "pairwise.R", "mixed.R", "cox-extras.R", "km-spss.R")) source(file.path(script_dir, part))
cat("R", R.version$major, ".", R.version$minor, ", survival ", as.character(packageVersion("survival")), "\n", sep = "")
