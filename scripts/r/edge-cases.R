# Edge cases of the classical tests: a group of one value, a group whose values are all missing,
# data too small or constant for a test (where R stops, the fixture records R's error message).
suppressWarnings({
r_error <- function(expr) tryCatch({ force(expr); NA_character_ }, error = function(e) conditionMessage(e))
aov_values <- function(y, g) {
  a <- summary(aov(y ~ g))[[1]]
  list(f = a[["F value"]][1], df1 = a$Df[1], df2 = a$Df[2], p = a[["Pr(>F)"]][1])
}
levene_values <- function(y, g, centre) {
  keep <- !is.na(y); y <- y[keep]; g <- droplevels(g[keep])
  dev <- abs(y - ave(y, g, FUN = centre))
  aov_values(dev, g)
}
# 1. one group of a single value (issue: R F 6.8192, p 0.0373)
single_y <- c(1.2, 2.3, 3.1, 2.2, 4.1, 3.3, 3.9, 6.0)
single_g <- factor(c("a", "a", "a", "b", "b", "b", "b", "c"))
# 2. a level whose values are all missing: model.frame drops its rows, so F is on 1 and 6 df
missing_y <- c(1.2, 2.3, 3.1, 2.0, NA, NA, 2.2, 4.1, 3.3, 3.9)
missing_g <- factor(c("a", "a", "a", "a", "b", "b", "c", "c", "c", "c"))
tt <- function(test) list(t = unname(test$statistic), df = unname(test$parameter), p = test$p.value,
                          lower = test$conf.int[1], upper = test$conf.int[2])
sx <- sleep$extra[sleep$group == 1]; sy <- sleep$extra[sleep$group == 2]
one_sided <- list()
for (alt in c("less", "greater")) {
  one_sided[[length(one_sided) + 1]] <- c(list(alternative = alt, method = "welch", conf = 0.9), tt(t.test(sx, sy, alternative = alt, conf.level = 0.9)))
  one_sided[[length(one_sided) + 1]] <- c(list(alternative = alt, method = "student", conf = 0.95), tt(t.test(sx, sy, alternative = alt, var.equal = TRUE)))
  one_sided[[length(one_sided) + 1]] <- c(list(alternative = alt, method = "paired", conf = 0.99), tt(t.test(sx, sy, alternative = alt, paired = TRUE, conf.level = 0.99)))
}
edge <- list(
  single = list(y = arr(single_y), g = arr(as.character(single_g)), anova = aov_values(single_y, single_g),
                leveneMean = levene_values(single_y, single_g, mean), leveneMedian = levene_values(single_y, single_g, median)),
  missingLevel = list(y = arr(missing_y), g = arr(as.character(missing_g)), anova = aov_values(missing_y, missing_g),
                      leveneMean = levene_values(missing_y, missing_g, mean),
                      welch = tt(t.test(missing_y[missing_g == "a"], missing_y[missing_g == "c"]))),
  # Student t with a group of one value works in R; Welch stops
  studentSingle = tt(t.test(c(3.1), c(2.2, 4.1, 3.3, 3.9), var.equal = TRUE)),
  welchSingleError = r_error(t.test(c(3.1), c(2.2, 4.1, 3.3, 3.9))),
  pairedConstantError = r_error(t.test(c(1, 2, 3), c(0, 1, 2), paired = TRUE)),
  oneSided = one_sided
)
})
write_json(edge, file.path(out_dir, "edge-cases.json"))
