# Pairwise comparisons: log-rank tests of every pair of groups with adjusted p-values, by the
# algorithm of survminer::pairwise_survdiff (survdiff on the rows of each pair, then p.adjust over
# the lower triangle by pairwise.table — survminer is not packaged in Debian, so its few lines are
# reproduced here), and Games–Howell.
suppressWarnings({
library(survival)
lung_pw <- survival::lung; lung_pw$status <- lung_pw$status - 1
vet_pw <- survival::veteran; vet_pw$celltype <- as.character(vet_pw$celltype)
pairwise_survdiff_r <- function(data, group, strata, method) {
  g <- factor(data[[group]])
  compare_levels <- function(i, j) {
    rows <- !is.na(g) & g %in% levels(g)[c(i, j)]
    d <- data[rows, ]
    f <- if (is.null(strata)) Surv(time, status) ~ grp else Surv(time, status) ~ grp + strata(st)
    d$grp <- as.character(d[[group]]); if (!is.null(strata)) d$st <- d[[strata]]
    sd <- survdiff(f, d)
    pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE)
  }
  raw <- pairwise.table(compare_levels, levels(g), "none")
  adj <- pairwise.table(compare_levels, levels(g), method)
  pairs <- which(lower.tri(raw, TRUE) & !is.na(raw), arr.ind = TRUE)
  list(levels = arr(levels(g)), first = arr(colnames(raw)[pairs[, 2]]), second = arr(rownames(raw)[pairs[, 1]]),
       p = arr(raw[pairs]), adjusted = arr(adj[pairs]))
}
pw_case <- function(name, data_name, data, group, strata = NULL, method = "holm")
  c(list(name = name, data = data_name, group = group, strata = strata, method = method), pairwise_survdiff_r(data, group, strata, method))
pairwise_logrank <- list(
  pw_case("veteran by celltype, holm", "veteran", vet_pw, "celltype"),
  pw_case("veteran by celltype, BH", "veteran", vet_pw, "celltype", method = "BH"),
  pw_case("veteran by celltype, bonferroni", "veteran", vet_pw, "celltype", method = "bonferroni"),
  pw_case("veteran by celltype stratified by trt, holm", "veteran", vet_pw, "celltype", "trt"),
  pw_case("lung by ph.ecog (a missing value), BH", "lung", lung_pw, "ph.ecog", method = "BH")
)
})
pairwise <- list(logrank = pairwise_logrank)
write_json(pairwise, file.path(out_dir, "pairwise.json"))
