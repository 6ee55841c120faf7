# Linear mixed models for repeated measures: a random intercept per unit, time as a factor, an
# optional group and time × group, fitted by nlme::lme (REML, and ML), with the marginal (Type
# III) F tests of anova(fit, type = "marginal"), whose p-value is 1 − pf (0 below 1e-16): the
# upper tail itself is kept beside it. Data: nlme's Orthodont (27 children × 4 ages,
# balanced) and a seeded set of 30 units × 5 visits in 3 groups with visits missing (unbalanced).
suppressWarnings({
library(nlme)
ortho <- as.data.frame(Orthodont)
ortho <- data.frame(subject = as.character(ortho$Subject), age = ortho$age, sex = as.character(ortho$Sex), distance = ortho$distance)
write.csv(ortho, file.path(out_dir, "orthodont.csv"), row.names = FALSE)
set.seed(31)
units <- 30
visits <- c(0, 1, 3, 6, 12)
seeded <- expand.grid(visit = visits, unit = sprintf("u%02d", 1:units), stringsAsFactors = FALSE)[, c("unit", "visit")]
arm_of <- setNames(rep(c("A", "B", "C"), length.out = units), sprintf("u%02d", 1:units))
seeded$arm <- arm_of[seeded$unit]
level <- rnorm(units, 0, 1.2)
seeded$score <- round(6.5 - 0.25 * match(seeded$visit, visits) * (1 + (seeded$arm == "B") + 0.5 * (seeded$arm == "C")) +
                      level[match(seeded$unit, sprintf("u%02d", 1:units))] + rnorm(nrow(seeded), 0, 0.9), 1)
missing <- sample(which(seeded$visit > 0), 22)
seeded$score[missing] <- NA
write.csv(seeded, file.path(out_dir, "repeated.csv"), row.names = FALSE, na = "")

lmm_case <- function(name, file, data, formula, unit, method = "REML", coding = "treatment") {
  data <- data[complete.cases(data[, all.vars(formula)]), ]
  factors <- all.vars(formula)[-1]
  for (f in factors) data[[f]] <- factor(data[[f]])
  contrasts <- if (coding == "sum") setNames(rep(list("contr.sum"), length(factors)), factors) else NULL
  fit <- lme(formula, random = as.formula(paste("~ 1 |", unit)), data = data, method = method, contrasts = contrasts,
             control = lmeControl(opt = "optim", msMaxIter = 500, msTol = 1e-14, tolerance = 1e-12, niterEM = 50))
  tt <- summary(fit)$tTable
  av <- anova(fit, type = "marginal")
  # VarCorr prints rounded text; the variances at full precision:
  vc <- c(as.numeric(pdMatrix(fit$modelStruct$reStruct)[[1]]) * fit$sigma^2, fit$sigma^2)
  list(name = name, file = file, formula = deparse(formula), unit = unit, method = method, coding = coding,
       names = arr(rownames(tt)), coef = arr(tt[, "Value"]), se = arr(tt[, "Std.Error"]), df = arr(tt[, "DF"]),
       t = arr(tt[, "t-value"]), p = arr(tt[, "p-value"]),
       interceptVariance = vc[1], residualVariance = vc[2], logLik = as.numeric(logLik(fit)), AIC = AIC(fit), BIC = BIC(fit),
       terms = arr(rownames(av)), numDF = arr(av[, "numDF"]), denDF = arr(av[, "denDF"]), F = arr(av[, "F-value"]),
       pF = arr(av[, "p-value"]), pFUpper = arr(pf(av[, "F-value"], av[, "numDF"], av[, "denDF"], lower.tail = FALSE)),
       n = nrow(data))
}
ortho$age <- factor(ortho$age)
seeded$visit <- factor(seeded$visit)
ortho_unbalanced <- ortho[-c(3, 8, 14, 15, 40, 61, 75, 99, 104), ]
mixed <- list(
  lmm_case("Orthodont: age * sex", "orthodont.csv", ortho, distance ~ age * sex, "subject"),
  lmm_case("Orthodont: age + sex", "orthodont.csv", ortho, distance ~ age + sex, "subject"),
  lmm_case("Orthodont: age", "orthodont.csv", ortho, distance ~ age, "subject"),
  lmm_case("Orthodont: age * sex, ML", "orthodont.csv", ortho, distance ~ age * sex, "subject", "ML"),
  lmm_case("Orthodont with 9 visits removed: age * sex", "orthodont.csv", ortho_unbalanced, distance ~ age * sex, "subject"),
  lmm_case("seeded, 3 arms, missing visits: visit * arm", "repeated.csv", seeded, score ~ visit * arm, "unit"),
  lmm_case("seeded, 3 arms, missing visits: visit + arm", "repeated.csv", seeded, score ~ visit + arm, "unit"),
  lmm_case("seeded, missing visits: visit, ML", "repeated.csv", seeded, score ~ visit, "unit", "ML"),
  lmm_case("Orthodont: age * sex, sum contrasts (Type III)", "orthodont.csv", ortho, distance ~ age * sex, "subject", coding = "sum"),
  lmm_case("seeded, 3 arms, missing visits: visit * arm, sum contrasts", "repeated.csv", seeded, score ~ visit * arm, "unit", coding = "sum")
)
mixed[[5]]$removed <- arr(c(3, 8, 14, 15, 40, 61, 75, 99, 104))
})
write_json(list(nlme = as.character(packageVersion("nlme")), cases = mixed), file.path(out_dir, "mixed.json"))
