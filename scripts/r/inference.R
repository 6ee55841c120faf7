# Rank tests, normality, multiple comparisons, Welch's ANOVA, Fisher r × c, Friedman, Cochran's Q
# and restricted mean survival time, on R's own data sets (airquality, PlantGrowth, sleep,
# RoundingTimes of ?friedman.test, Job of ?fisher.test) and seeded random samples.
suppressWarnings({
library(survival)
htest <- function(test) list(statistic = unname(test$statistic), df = if (is.null(test$parameter)) NULL else unname(test$parameter),
                             p = test$p.value)
# p.adjust: ties, a missing value, and a p so large that it is capped
p_values <- c(0.01, 0.04, 0.03, 0.04, 0.2, NA, 0.001, 0.5, 0.0004, 0.9)
padjust <- list(p = arr(p_values), holm = arr(p.adjust(p_values, "holm")), BH = arr(p.adjust(p_values, "BH")),
                bonferroni = arr(p.adjust(p_values, "bonferroni")))

aq <- airquality[!is.na(airquality$Ozone), ]
ozone <- lapply(split(aq$Ozone, aq$Month), arr)
plants <- lapply(split(PlantGrowth$weight, PlantGrowth$group), arr)
kruskal <- list(
  list(name = "airquality Ozone by Month", groups = ozone, result = htest(kruskal.test(Ozone ~ Month, aq))),
  list(name = "PlantGrowth", groups = plants, result = htest(kruskal.test(weight ~ group, PlantGrowth)))
)
welch <- list(
  list(name = "airquality Ozone by Month", groups = ozone, result = htest(oneway.test(Ozone ~ Month, aq))),
  list(name = "PlantGrowth", groups = plants, result = htest(oneway.test(weight ~ group, PlantGrowth)))
)

# Wilcoxon: ?wilcox.test's depression data (exact, no ties), sleep (ties: normal approximation),
# seeded samples of 60 and 55 (n ≥ 50: normal approximation), without the continuity correction too.
set.seed(15)
big_x <- round(rnorm(60), 6); big_y <- round(rnorm(55, 0.4), 6)
set.seed(16)
big_d <- round(rnorm(70, 0.3), 6)
dep_x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
dep_y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
ab_x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46)
ab_y <- c(1.15, 0.88, 0.90, 0.74, 1.21)
sx <- sleep$extra[sleep$group == 1]; sy <- sleep$extra[sleep$group == 2]
w_case <- function(name, x, y, paired, alternative, correct = TRUE) {
  test <- wilcox.test(x, y, paired = paired, alternative = alternative, correct = correct)
  list(name = name, x = arr(x), y = arr(y), paired = paired, alternative = alternative, correct = correct,
       statistic = unname(test$statistic), p = test$p.value, exact = grepl("exact", test$method),
       method = test$method)
}
wilcoxon <- list()
for (alt in c("two.sided", "less", "greater")) {
  wilcoxon[[length(wilcoxon) + 1]] <- w_case("depression (signed rank, exact)", dep_x, dep_y, TRUE, alt)
  wilcoxon[[length(wilcoxon) + 1]] <- w_case("permeability (rank sum, exact)", ab_x, ab_y, FALSE, alt)
  wilcoxon[[length(wilcoxon) + 1]] <- w_case("sleep (rank sum, ties)", sx, sy, FALSE, alt)
  wilcoxon[[length(wilcoxon) + 1]] <- w_case("sleep (signed rank, ties)", sx, sy, TRUE, alt)
  wilcoxon[[length(wilcoxon) + 1]] <- w_case("seeded 60 vs 55 (rank sum, normal)", big_x, big_y, FALSE, alt)
  wilcoxon[[length(wilcoxon) + 1]] <- w_case("seeded 70 (signed rank, normal)", big_d, 0 * big_d, TRUE, alt)
}
wilcoxon[[length(wilcoxon) + 1]] <- w_case("sleep (rank sum, ties, no correction)", sx, sy, FALSE, "two.sided", FALSE)
wilcoxon[[length(wilcoxon) + 1]] <- w_case("sleep (signed rank, ties, no correction)", sx, sy, TRUE, "two.sided", FALSE)

# Shapiro–Wilk: n = 3 (exact p), 5, 7, 11 (small-sample branch), 30, 116 and 500
set.seed(17)
sw_samples <- list(
  "n = 3" = c(2.1, 3.4, 7.9), "n = 5" = c(1.2, 3.3, 3.4, 4.1, 9.8), "n = 7 (sleep group 1, first 7)" = sx[1:7],
  "n = 11" = c(3.1, 2.7, 4.4, 5.0, 2.2, 3.9, 3.3, 6.8, 2.9, 3.0, 4.1),
  "PlantGrowth (n = 30)" = PlantGrowth$weight, "airquality Ozone (n = 116)" = aq$Ozone,
  "seeded normal (n = 500)" = round(rnorm(500, 10, 2), 6)
)
shapiro <- lapply(names(sw_samples), function(name) {
  test <- shapiro.test(sw_samples[[name]])
  list(name = name, x = arr(sw_samples[[name]]), w = unname(test$statistic), p = test$p.value)
})

# Fisher's exact test on r × c tables
Job <- matrix(c(1, 2, 1, 0, 3, 3, 6, 1, 10, 10, 14, 9, 6, 7, 12, 11), 4, 4)
# p with R's default workspace (200000) where R takes the table; otherwise with the first of
# 2e6, 2e7, 2e8 that it accepts. `workspace` records which: bonemet must take every table R takes
# by default, and agree with R on all of them.
fisher_case <- function(name, m) {
  for (w in c(200000, 2e6, 2e7, 2e8)) {
    p <- tryCatch(fisher.test(m, workspace = w)$p.value, error = function(e) NA)
    if (!is.na(p)) break
  }
  list(name = name, table = lapply(seq_len(nrow(m)), function(i) arr(m[i, ])), p = p, workspace = w)
}
fisher <- list(
  fisher_case("000 §2.1 local progression", rbind(c(3, 35), c(11, 27), c(7, 23))),
  fisher_case("000 Table 1 number of vertebrae", rbind(c(8, 30), c(7, 31), c(10, 20))),
  fisher_case("000 Table 1 primary tumour", rbind(c(19, 10, 2, 7), c(17, 8, 4, 9), c(20, 5, 2, 3))),
  fisher_case("?fisher.test Job satisfaction", Job),
  fisher_case("2 x 5 sparse", rbind(c(0, 3, 1, 0, 2), c(4, 0, 1, 3, 0))),
  fisher_case("3 x 4, n = 119", rbind(c(12, 8, 5, 9), c(7, 15, 11, 6), c(10, 9, 14, 13))),
  fisher_case("3 x 4, n = 280 (beyond R's default workspace)", rbind(c(25, 20, 15, 22), c(18, 30, 25, 15), c(30, 22, 28, 30))),
  fisher_case("5 x 3, n = 90 (transposed)", rbind(c(5, 8, 3), c(9, 4, 6), c(2, 7, 10), c(8, 6, 5), c(4, 9, 4))),
  fisher_case("2 x 6, n = 120", rbind(c(12, 5, 9, 14, 6, 10), c(8, 15, 11, 6, 14, 10))),
  fisher_case("Mehta-Patel 3 x 7 of FEXACT's documentation", rbind(c(1, 8, 5, 4, 4, 2, 2), c(5, 3, 3, 4, 3, 1, 0), c(10, 1, 4, 0, 0, 0, 0))),
  fisher_case("4 x 5, n = 85", rbind(c(3, 5, 2, 6, 4), c(4, 2, 7, 3, 5), c(6, 4, 3, 5, 2), c(2, 6, 5, 4, 7))),
  fisher_case("5 x 5, n = 62, equal totals", rbind(c(2, 3, 4, 1, 2), c(3, 1, 2, 4, 3), c(1, 4, 3, 2, 1), c(4, 2, 1, 3, 4), c(2, 3, 4, 1, 2))),
  fisher_case("3 x 6, n = 135", rbind(c(8, 6, 9, 5, 7, 10), c(6, 9, 5, 8, 10, 7), c(9, 7, 6, 10, 5, 8))),
  # multinomial tables drawn once (set.seed(15); rmultinom with uneven row and column weights)
  fisher_case("random 3 x 5, n = 150 (a)", rbind(c(22, 9, 7, 11, 14), c(12, 7, 3, 8, 16), c(10, 4, 4, 9, 14))),
  fisher_case("random 3 x 5, n = 150 (b)", rbind(c(14, 8, 2, 9, 8), c(17, 9, 7, 10, 13), c(8, 14, 6, 10, 15))),
  fisher_case("random 3 x 5, n = 150 (c)", rbind(c(9, 6, 8, 13, 5), c(13, 6, 13, 10, 7), c(19, 6, 10, 16, 9))),
  fisher_case("random 3 x 6, n = 120 (b)", rbind(c(7, 3, 6, 8, 7, 8), c(7, 4, 2, 5, 12, 5), c(6, 5, 9, 6, 8, 12))),
  fisher_case("random 3 x 6, n = 120 (c)", rbind(c(2, 8, 5, 3, 9, 8), c(8, 11, 9, 2, 6, 8), c(3, 8, 9, 5, 9, 7))),
  fisher_case("random 4 x 5, n = 100 (a)", rbind(c(3, 1, 8, 8, 9), c(3, 7, 8, 4, 4), c(3, 9, 7, 8, 5), c(2, 3, 3, 3, 2))),
  fisher_case("random 3 x 8, n = 100 (b)", rbind(c(0, 8, 4, 0, 5, 3, 3, 7), c(5, 5, 3, 5, 5, 2, 2, 5), c(3, 7, 7, 3, 4, 7, 4, 3))),
  fisher_case("random 3 x 8, n = 100 (c)", rbind(c(8, 2, 4, 7, 8, 8, 3, 4), c(7, 2, 0, 3, 7, 6, 2, 4), c(4, 2, 1, 4, 5, 3, 3, 3))),
  fisher_case("random 5 x 5, n = 80 (c)", rbind(c(1, 2, 3, 3, 2), c(0, 2, 1, 1, 5), c(6, 4, 6, 4, 11), c(2, 4, 4, 2, 3), c(2, 1, 4, 2, 5))),
  fisher_case("random 4 x 6, n = 70 (a)", rbind(c(1, 2, 0, 2, 7, 1), c(4, 3, 1, 3, 7, 5), c(1, 3, 3, 2, 3, 4), c(2, 1, 5, 1, 7, 2))),
  fisher_case("random 4 x 6, n = 70 (b)", rbind(c(1, 1, 8, 3, 4, 5), c(3, 1, 3, 1, 2, 5), c(3, 1, 1, 3, 2, 1), c(5, 2, 3, 3, 6, 3))),
  fisher_case("random 4 x 6, n = 70 (c)", rbind(c(3, 2, 0, 1, 0, 3), c(5, 6, 5, 3, 2, 3), c(1, 3, 3, 4, 2, 2), c(2, 7, 5, 4, 2, 2))),
  fisher_case("random 3 x 4, n = 200 (a)", rbind(c(6, 8, 8, 11), c(6, 26, 26, 22), c(7, 17, 31, 32))),
  fisher_case("random 3 x 4, n = 200 (b)", rbind(c(12, 11, 17, 15), c(21, 9, 24, 19), c(13, 13, 23, 23))),
  fisher_case("random 3 x 4, n = 200 (c)", rbind(c(21, 10, 22, 23), c(19, 17, 13, 27), c(14, 11, 8, 15))),
  fisher_case("random 2 x 12, n = 200 (b)", rbind(c(8, 11, 11, 3, 6, 6, 18, 13, 10, 11, 6, 5), c(4, 11, 14, 1, 7, 7, 13, 13, 8, 6, 7, 1))),
  fisher_case("random 2 x 8, n = 400 (c)", rbind(c(32, 31, 14, 20, 9, 35, 22, 44), c(27, 28, 25, 10, 12, 31, 20, 40))),
  fisher_case("random 5 x 6, n = 50 (a)", rbind(c(2, 1, 0, 1, 1, 1), c(2, 2, 0, 1, 3, 4), c(1, 3, 1, 0, 1, 5), c(2, 1, 1, 1, 1, 2), c(1, 4, 3, 1, 2, 2))),
  fisher_case("random 5 x 6, n = 50 (b)", rbind(c(2, 1, 1, 3, 1, 0), c(4, 0, 2, 1, 1, 4), c(1, 3, 0, 2, 1, 1), c(3, 0, 2, 4, 3, 3), c(2, 1, 0, 3, 0, 1))),
  fisher_case("random 5 x 6, n = 50 (c)", rbind(c(0, 0, 0, 0, 4, 0), c(0, 1, 1, 2, 2, 0), c(2, 0, 3, 3, 2, 1), c(1, 2, 3, 2, 4, 0), c(1, 2, 9, 3, 1, 1))),
  fisher_case("random 6 x 6, n = 40 (a)", rbind(c(1, 1, 1, 1, 4, 1), c(1, 1, 1, 0, 0, 1), c(4, 3, 6, 1, 3, 1), c(1, 1, 0, 1, 2, 0), c(0, 0, 1, 1, 0, 1), c(1, 0, 0, 0, 0, 0))),
  fisher_case("random 6 x 6, n = 40 (b)", rbind(c(2, 3, 0, 1, 0, 1), c(1, 3, 0, 3, 0, 2), c(2, 4, 0, 1, 0, 2), c(0, 0, 1, 2, 0, 4), c(2, 2, 0, 1, 0, 1), c(1, 0, 0, 0, 0, 1))),
  fisher_case("random 6 x 6, n = 40 (c)", rbind(c(0, 2, 1, 3, 0, 0), c(2, 1, 3, 1, 0, 3), c(2, 2, 3, 3, 0, 2), c(0, 0, 1, 0, 0, 1), c(1, 2, 1, 0, 1, 0), c(0, 2, 0, 2, 1, 0))),
  fisher_case("random 3 x 10, n = 60 (a)", rbind(c(1, 2, 3, 1, 2, 1, 0, 2, 2, 1), c(1, 3, 1, 3, 2, 2, 5, 0, 3, 2), c(4, 5, 2, 5, 3, 1, 0, 2, 0, 1))),
  fisher_case("random 3 x 10, n = 60 (b)", rbind(c(0, 1, 1, 1, 1, 1, 2, 2, 2, 1), c(4, 0, 4, 2, 3, 1, 3, 3, 2, 2), c(4, 1, 3, 3, 5, 1, 0, 2, 4, 1))),
  fisher_case("random 3 x 10, n = 60 (c)", rbind(c(2, 1, 1, 0, 0, 4, 1, 5, 3, 1), c(0, 2, 0, 9, 2, 1, 3, 5, 2, 3), c(4, 1, 0, 1, 1, 0, 1, 4, 2, 1)))
)

# Friedman: ?friedman.test's RoundingTimes (22 blocks × 3), and a design with ties within blocks
RoundingTimes <- matrix(c(5.40, 5.50, 5.55, 5.85, 5.70, 5.75, 5.20, 5.60, 5.50, 5.55, 5.50, 5.40, 5.90, 5.85, 5.70,
  5.45, 5.55, 5.60, 5.40, 5.40, 5.35, 5.45, 5.50, 5.35, 5.25, 5.15, 5.00, 5.85, 5.80, 5.70, 5.25, 5.20, 5.10,
  5.65, 5.55, 5.45, 5.60, 5.35, 5.45, 5.05, 5.00, 4.95, 5.50, 5.50, 5.40, 5.45, 5.55, 5.50, 5.55, 5.55, 5.35,
  5.45, 5.50, 5.55, 5.50, 5.45, 5.25, 5.65, 5.60, 5.40, 5.70, 5.65, 5.55, 6.30, 6.30, 6.25), nrow = 22, byrow = TRUE)
vas <- matrix(c(7, 3, 3, 8, 4, 2, 6, 3, 3, 7, 5, 4, 9, 4, 4, 6, 6, 5, 7, 2, 2, 8, 3, 4), ncol = 3, byrow = TRUE)
friedman <- list(
  list(name = "RoundingTimes", data = lapply(seq_len(nrow(RoundingTimes)), function(i) arr(RoundingTimes[i, ])), result = htest(friedman.test(RoundingTimes))),
  list(name = "VAS-like scores with ties", data = lapply(seq_len(nrow(vas)), function(i) arr(vas[i, ])), result = htest(friedman.test(vas)))
)

# Cochran's Q has no base-R function: the published formula evaluated in R, and for two
# treatments McNemar's test without correction, which Q then equals.
cochran_q <- function(m) {
  k <- ncol(m); C <- colSums(m); R <- rowSums(m); N <- sum(m)
  q <- (k - 1) * (k * sum(C^2) - N^2) / (k * N - sum(R^2))
  list(statistic = q, df = k - 1, p = pchisq(q, k - 1, lower.tail = FALSE))
}
binary3 <- matrix(c(1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1), ncol = 3, byrow = TRUE)
binary2 <- matrix(c(1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0), ncol = 2, byrow = TRUE)
mc <- mcnemar.test(table(factor(binary2[, 1], 0:1), factor(binary2[, 2], 0:1)), correct = FALSE)
cochran <- list(
  list(name = "12 blocks × 3", data = lapply(seq_len(nrow(binary3)), function(i) arr(binary3[i, ])), result = cochran_q(binary3)),
  list(name = "11 blocks × 2 (= McNemar)", data = lapply(seq_len(nrow(binary2)), function(i) arr(binary2[i, ])), result = cochran_q(binary2),
       mcnemar = htest(mc))
)

# Tukey HSD on aov, and the studentized range distribution itself
tukey_case <- function(name, groups, formula, data) {
  t <- TukeyHSD(aov(formula, data))[[1]]
  list(name = name, groups = groups, pairs = arr(rownames(t)), diff = arr(t[, "diff"]), lwr = arr(t[, "lwr"]),
       upr = arr(t[, "upr"]), p = arr(t[, "p adj"]))
}
aq$Month <- factor(aq$Month)
tukey <- list(tukey_case("PlantGrowth", plants, weight ~ group, PlantGrowth),
              tukey_case("airquality Ozone by Month (unequal n)", ozone, Ozone ~ Month, aq))
ptukey_cases <- list()
for (a in list(c(3.5, 3, 27), c(2, 3, 10), c(5, 5, 2), c(4, 10, 100), c(3.3, 3, 30000), c(8, 3, 20), c(1, 2, 5), c(6, 20, 60)))
  ptukey_cases[[length(ptukey_cases) + 1]] <- list(q = a[1], k = a[2], df = a[3], sf = ptukey(a[1], a[2], a[3], lower.tail = FALSE))
qtukey_cases <- list()
for (a in list(c(0.95, 3, 27), c(0.99, 5, 12), c(0.9, 2, 4), c(0.95, 10, 200)))
  # R's qtukey stops its secant search at an absolute 1e-4 in q; the root of R's (accurate) ptukey
  # is the reference, R's own quantile is kept to show the difference
  local({
    q <- qtukey(a[1], a[2], a[3])
    root <- uniroot(function(v) ptukey(v, a[2], a[3], lower.tail = FALSE) - (1 - a[1]), q + c(-0.01, 0.01), tol = 1e-14)$root
    # for two means Q = √2·|T|: the exact quantile, which shows ptukey itself off by ~5e-7 at 4 df
    exact <- if (a[2] == 2) sqrt(2) * qt(1 - (1 - a[1]) / 2, a[3]) else NA
    qtukey_cases[[length(qtukey_cases) + 1]] <<- list(p = a[1], k = a[2], df = a[3], qtukey = q, root = root, exact = exact)
  })

# Restricted mean survival time: print(survfit, rmean = tau)'s rmean and se(rmean)
lung2 <- survival::lung; lung2$status <- lung2$status - 1
rm_case <- function(name, fit, tau) {
  tab <- summary(fit, rmean = tau)$table
  if (is.null(dim(tab))) tab <- t(as.matrix(tab))
  list(name = name, tau = tau, curves = arr(rownames(tab)), rmean = arr(tab[, "rmean"]), se = arr(tab[, "se(rmean)"]))
}
rmst <- list(
  rm_case("lung by sex", survfit(Surv(time, status) ~ sex, lung2), 365),
  rm_case("lung by sex", survfit(Surv(time, status) ~ sex, lung2), 1000),
  rm_case("veteran by trt", survfit(Surv(time, status) ~ trt, veteran), 200),
  rm_case("veteran by celltype", survfit(Surv(time, status) ~ celltype, veteran), 100),
  rm_case("veteran, one curve, tau at an event time", survfit(Surv(time, status) ~ 1, veteran), 162)
)
inference <- list(padjust = padjust, kruskal = kruskal, welch = welch, wilcoxon = wilcoxon, shapiro = shapiro, fisher = fisher,
                  friedman = friedman, cochran = cochran, tukey = tukey, ptukey = ptukey_cases, qtukey = qtukey_cases, rmst = rmst)
})
write_json(inference, file.path(out_dir, "inference.json"))
