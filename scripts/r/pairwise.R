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

# Games–Howell by its formula (Games & Howell 1976), as rstatix::games_howell_test computes it:
# Welch SE and df per pair, q = √2·|Δ|/SE against the studentized range of k means.
# R's ptukey loses relative accuracy far in the tail (2e-4 at p = 7e-7, 6 means, 15.5 df): there
# the upper tail is also integrated directly, P(Q > q) = ∫ P(range of k normals > q·s) f(s) ds.
ptukey_upper_integrated <- function(q, k, df) {
  range_upper <- function(w) 1 - k * integrate(function(z) dnorm(z) * (pnorm(z + w) - pnorm(z))^(k - 1), -Inf, Inf, rel.tol = 2e-14, abs.tol = 0)$value
  integrate(function(s) sapply(s, function(v) range_upper(q * v)) * 2 * s * df * dchisq(df * s^2, df), 0, Inf,
            rel.tol = 1e-10, abs.tol = 0, subdivisions = 1000)$value
}
games_howell_r <- function(groups, conf = 0.95) {
  k <- length(groups); out <- list()
  for (i in 1:(k - 1)) for (j in (i + 1):k) {
    a <- groups[[i]]; b <- groups[[j]]
    va <- var(a) / length(a); vb <- var(b) / length(b)
    se <- sqrt(va + vb)
    df <- (va + vb)^2 / (va^2 / (length(a) - 1) + vb^2 / (length(b) - 1))
    d <- mean(b) - mean(a)
    q <- sqrt(2) * abs(d) / se
    # R's qtukey stops at an absolute 1e-4 in q; the root of ptukey is the reference limit
    crit <- uniroot(function(v) ptukey(v, k, df, lower.tail = FALSE) - (1 - conf), qtukey(conf, k, df) + c(-0.01, 0.01), tol = 1e-14)$root
    out[[length(out) + 1]] <- list(first = names(groups)[i], second = names(groups)[j], diff = d, se = se, df = df, q = q,
                                   lower = d - crit / sqrt(2) * se, upper = d + crit / sqrt(2) * se,
                                   p = ptukey(q, k, df, lower.tail = FALSE),
                                   pIntegrated = if (ptukey(q, k, df, lower.tail = FALSE) < 1e-4) ptukey_upper_integrated(q, k, df) else NULL)
  }
  out
}
aq_pw <- airquality[!is.na(airquality$Ozone), ]
pairwise$gamesHowell <- list(
  list(name = "PlantGrowth", conf = 0.95, groups = lapply(split(PlantGrowth$weight, PlantGrowth$group), arr),
       comparisons = games_howell_r(split(PlantGrowth$weight, PlantGrowth$group))),
  list(name = "airquality Ozone by Month (unequal n and variances)", conf = 0.95, groups = lapply(split(aq_pw$Ozone, aq_pw$Month), arr),
       comparisons = games_howell_r(split(aq_pw$Ozone, aq_pw$Month))),
  list(name = "InsectSprays, 90 %", conf = 0.9, groups = lapply(split(InsectSprays$count, InsectSprays$spray), arr),
       comparisons = games_howell_r(split(InsectSprays$count, InsectSprays$spray), 0.9))
)
write_json(pairwise, file.path(out_dir, "pairwise.json"))
