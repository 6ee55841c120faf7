# Classical tests: the printed tables of source 000 and R's public PlantGrowth and sleep data.
suppressWarnings({
table_case <- function(name, rows, printed) {
  m <- do.call(rbind, rows)
  test <- chisq.test(m, correct = FALSE)
  list(name = name, table = lapply(rows, arr), printed = printed,
       statistic = unname(test$statistic), df = unname(test$parameter), p = test$p.value,
       expected = arr(t(test$expected)))
}
chisq_cases <- list(
  table_case("Table 1 sex", list(c(18, 20), c(24, 14), c(19, 11)), 2.51),
  table_case("Table 1 age", list(c(20, 18), c(25, 13), c(16, 14)), 1.65),
  table_case("Table 1 primary tumour", list(c(19, 10, 2, 7), c(17, 8, 4, 9), c(20, 5, 2, 3)), 4.84),
  table_case("Table 1 number of vertebrae", list(c(8, 30), c(7, 31), c(10, 20)), 5.03),
  table_case("Table 1 brain or visceral metastasis", list(c(18, 20), c(21, 17), c(15, 15)), 0.48),
  table_case("Table 1 medical treatment", list(c(29, 9), c(31, 7), c(21, 9)), 1.25),
  table_case("Table 1 SINS", list(c(9, 29), c(10, 28), c(6, 24)), 0.37),
  table_case("Table 1 VAS", list(c(27, 11), c(29, 9), c(20, 10)), 0.78),
  table_case("Table 1 KPS", list(c(14, 24), c(12, 26), c(10, 20)), 0.24),
  table_case("Table 3 before", list(c(14, 24), c(12, 26), c(10, 20)), 0.242),
  table_case("Table 3 1 month", list(c(23, 15), c(21, 17), c(16, 14)), 0.397),
  table_case("Table 3 3 months", list(c(26, 10), c(22, 15), c(17, 11)), 1.519),
  table_case("Table 3 PVP+IMRT over time", list(c(14, 24), c(23, 15), c(26, 10)), 9.831),
  table_case("Table 3 PVP over time", list(c(12, 26), c(21, 17), c(22, 15)), 6.828),
  table_case("Table 3 IMRT over time", list(c(10, 20), c(16, 14), c(17, 11)), 4.709),
  table_case("2.1 local progression", list(c(3, 35), c(11, 27), c(7, 23)), 5.890),
  table_case("2.6 cement leakage", list(c(10, 28), c(7, 31)), 0.680)
)
leak <- matrix(c(10, 28, 7, 31), 2, byrow = TRUE)
yates <- chisq.test(leak)
fisher_case <- function(rows) {
  m <- do.call(rbind, rows)
  list(table = lapply(rows, arr), p = fisher.test(m)$p.value,
       less = fisher.test(m, alternative = "less")$p.value, greater = fisher.test(m, alternative = "greater")$p.value)
}
fisher <- list(
  fisher_case(list(c(10, 28), c(7, 31))),   # 000 §2.6 cement leakage
  fisher_case(list(c(2, 30), c(1, 31))),    # 003 cement leakage, DSA vs CT guidance (n = 32 each)
  fisher_case(list(c(3, 1), c(1, 3))),
  fisher_case(list(c(0, 25), c(40, 2)))
)

# ANOVA on the printed n / mean / SD: R runs aov() on data built to have exactly those summaries.
with_summary <- function(n, m, s) { z <- seq_len(n); m + s * (z - mean(z)) / sd(z) }
anova_case <- function(name, ns, means, sds, printed_f, printed_p) {
  g <- factor(rep(seq_along(ns), ns))
  x <- unlist(mapply(with_summary, ns, means, sds, SIMPLIFY = FALSE))
  a <- summary(aov(x ~ g))[[1]]
  list(name = name, groups = lapply(seq_along(ns), function(i) list(n = ns[i], mean = means[i], sd = sds[i])),
       printedF = printed_f, printedP = printed_p,
       f = a[["F value"]][1], df1 = a$Df[1], df2 = a$Df[2], p = a[["Pr(>F)"]][1])
}
n3 <- c(38, 38, 30)
vas <- list(c(7.03, 7.13, 6.96), c(3.02, 3.29, 5.43), c(2.94, 3.35, 3.85), c(2.80, 3.51, 3.75), c(2.75, 3.47, 3.82))
vas_sd <- list(c(1.15, 1.16, 1.27), c(0.78, 0.89, 1.10), c(0.75, 0.88, 0.80), c(0.75, 0.89, 0.98), c(0.89, 1.08, 1.01))
sins <- list(c(7.55, 7.50, 7.47), c(6.10, 6.47, 7.26), c(5.97, 6.41, 7.17))
sins_sd <- list(c(1.62, 1.50, 1.57), c(1.33, 0.97, 1.48), c(1.23, 1.01, 1.51))
times5 <- c("before", "1 month", "3 months", "6 months", "12 months")
groups3 <- c("PVP+IMRT", "PVP", "IMRT")
vas_f_cols <- c(0.170, 65.829, 9.779, 7.850, 6.355); vas_p_cols <- c("0.844", "<0.001", "<0.001", "0.001", "0.003")
vas_f_rows <- c(158.791, 105.269, 48.822)
sins_f_cols <- c(0.026, 5.867, 5.457); sins_p_cols <- c("0.884", "0.004", "0.001")
sins_f_rows <- c(14.567, 8.946, 0.330); sins_p_rows <- c("<0.001", "<0.001", "0.720")
anova_cases <- list()
for (t in 1:5) anova_cases[[length(anova_cases) + 1]] <- anova_case(paste("Table 2 VAS", times5[t]), n3, vas[[t]], vas_sd[[t]], vas_f_cols[t], vas_p_cols[t])
for (g in 1:3) anova_cases[[length(anova_cases) + 1]] <- anova_case(paste("Table 2 VAS", groups3[g], "over time"), rep(n3[g], 5),
  sapply(vas, `[`, g), sapply(vas_sd, `[`, g), vas_f_rows[g], "<0.001")
for (t in 1:3) anova_cases[[length(anova_cases) + 1]] <- anova_case(paste("Table 4 SINS", times5[t]), n3, sins[[t]], sins_sd[[t]], sins_f_cols[t], sins_p_cols[t])
for (g in 1:3) anova_cases[[length(anova_cases) + 1]] <- anova_case(paste("Table 4 SINS", groups3[g], "over time"), rep(n3[g], 3),
  sapply(sins, `[`, g), sapply(sins_sd, `[`, g), sins_f_rows[g], sins_p_rows[g])

# Raw-data tests on R's PlantGrowth (three groups) and sleep (paired) data.
pg <- PlantGrowth
plant_groups <- lapply(split(pg$weight, pg$group), arr)
aov_pg <- summary(aov(weight ~ group, pg))[[1]]
levene <- function(centre) {
  dev <- abs(pg$weight - ave(pg$weight, pg$group, FUN = centre))
  a <- anova(lm(dev ~ pg$group))
  list(f = a[["F value"]][1], df1 = a$Df[1], df2 = a$Df[2], p = a[["Pr(>F)"]][1])
}
pw <- pairwise.t.test(pg$weight, pg$group, p.adjust.method = "bonferroni", pool.sd = TRUE)
pw_raw <- pairwise.t.test(pg$weight, pg$group, p.adjust.method = "none", pool.sd = TRUE)
x <- sleep$extra[sleep$group == 1]; y <- sleep$extra[sleep$group == 2]
tt <- function(test) list(t = unname(test$statistic), df = unname(test$parameter), p = test$p.value,
                          lower = test$conf.int[1], upper = test$conf.int[2])
q <- quantile(pg$weight, c(0.25, 0.5, 0.75))
classical <- list(
  chisq = chisq_cases,
  yates = list(table = list(arr(c(10, 28)), arr(c(7, 31))), statistic = unname(yates$statistic), p = yates$p.value),
  fisher = fisher,
  anova = anova_cases,
  plantGrowth = list(
    groups = plant_groups,
    anova = list(f = aov_pg[["F value"]][1], df1 = aov_pg$Df[1], df2 = aov_pg$Df[2], p = aov_pg[["Pr(>F)"]][1]),
    leveneMean = levene(mean), leveneMedian = levene(median),
    # lower triangle of pairwise.t.test: trt1-ctrl, trt2-ctrl, trt2-trt1
    bonferroni = arr(c(pw$p.value[1, 1], pw$p.value[2, 1], pw$p.value[2, 2])),
    unadjusted = arr(c(pw_raw$p.value[1, 1], pw_raw$p.value[2, 1], pw_raw$p.value[2, 2])),
    describe = list(mean = mean(pg$weight), sd = sd(pg$weight), q1 = unname(q[1]), median = unname(q[2]), q3 = unname(q[3]))
  ),
  sleep = list(x = arr(x), y = arr(y),
               student = tt(t.test(x, y, var.equal = TRUE)), welch = tt(t.test(x, y)), paired = tt(t.test(x, y, paired = TRUE)))
)
})
write_json(classical, file.path(out_dir, "classical.json"))
