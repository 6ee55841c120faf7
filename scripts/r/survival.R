# Kaplan–Meier, log-rank and Cox reference values on the survival package's lung and veteran data.
library(survival)
data(cancer, package = "survival")  # lung, veteran
lung_data <- lung
lung_data$status <- lung_data$status - 1  # 0 = censored, 1 = dead, as bonemet expects
vet_data <- veteran
vet_data$celltype <- as.character(vet_data$celltype)

write.csv(lung_data, file.path(out_dir, "lung.csv"), row.names = FALSE, na = "")
write.csv(vet_data, file.path(out_dir, "veteran.csv"), row.names = FALSE, na = "")

curve_list <- function(fit) {
  strata <- if (is.null(fit$strata)) c(all = length(fit$time)) else fit$strata
  ends <- cumsum(strata); starts <- ends - strata + 1
  tab <- summary(fit)$table
  if (is.null(dim(tab))) tab <- t(as.matrix(tab))
  lapply(seq_along(strata), function(i) {
    k <- starts[i]:ends[i]
    list(name = names(strata)[i], time = arr(fit$time[k]), nRisk = arr(fit$n.risk[k]), nEvent = arr(fit$n.event[k]),
         nCensor = arr(fit$n.censor[k]), surv = arr(fit$surv[k]), stdErr = arr(fit$std.err[k]),
         lower = arr(fit$lower[k]), upper = arr(fit$upper[k]),
         n = unname(tab[i, "records"]), events = unname(tab[i, "events"]),
         median = unname(tab[i, "median"]), medianLower = unname(tab[i, "0.95LCL"]), medianUpper = unname(tab[i, "0.95UCL"]))
  })
}
at_times <- function(fit, times) {
  s <- summary(fit, times = times)
  list(strata = if (is.null(s$strata)) NULL else arr(as.character(s$strata)), time = arr(s$time), nRisk = arr(s$n.risk),
       nEvent = arr(s$n.event), surv = arr(s$surv), stdErr = arr(s$std.err), lower = arr(s$lower), upper = arr(s$upper))
}
km <- list()
for (ct in c("log", "plain", "log-log")) {
  km[[length(km) + 1]] <- list(data = "lung", group = "sex", conf = ct,
    curves = curve_list(survfit(Surv(time, status) ~ sex, lung_data, conf.type = ct)))
  km[[length(km) + 1]] <- list(data = "veteran", group = "celltype", conf = ct,
    curves = curve_list(survfit(Surv(time, status) ~ celltype, vet_data, conf.type = ct)))
}
km[[length(km) + 1]] <- list(data = "lung", group = NULL, conf = "log",
  curves = curve_list(survfit(Surv(time, status) ~ 1, lung_data)))
km_times <- list(
  list(data = "veteran", group = "celltype", times = arr(c(10, 30, 90, 180, 365)),
       result = at_times(survfit(Surv(time, status) ~ celltype, vet_data), c(10, 30, 90, 180, 365))),
  list(data = "lung", group = NULL, times = arr(c(100, 365, 730)),
       result = at_times(survfit(Surv(time, status) ~ 1, lung_data), c(100, 365, 730)))
)

logrank_case <- function(data, formula, group, strata = NULL) {
  d <- survdiff(formula, get(data))
  total <- function(x) if (is.matrix(x)) rowSums(x) else x  # stratified: groups × strata
  list(data = data, group = group, strata = strata, observed = arr(total(d$obs)), expected = arr(total(d$exp)),
       variance = arr(d$var), chisq = d$chisq, df = length(d$n) - 1,
       p = pchisq(d$chisq, length(d$n) - 1, lower.tail = FALSE))
}
logrank <- list(
  logrank_case("lung_data", Surv(time, status) ~ sex, "sex"),
  logrank_case("lung_data", Surv(time, status) ~ ph.ecog, "ph.ecog"),
  logrank_case("vet_data", Surv(time, status) ~ celltype, "celltype"),
  logrank_case("vet_data", Surv(time, status) ~ trt + strata(celltype), "trt", "celltype")
)

# summary() rounds the Wald statistic, so each test is taken unrounded from the fit
test <- function(statistic, df) list(statistic = unname(statistic), df = df, p = pchisq(unname(statistic), df, lower.tail = FALSE))
cox_case <- function(data, formula, ties, covariates, factors = NULL, strata = NULL) {
  fit <- coxph(formula, get(data), ties = ties)
  s <- summary(fit)
  ci <- s$conf.int
  list(data = data, ties = ties, covariates = arr(covariates), factors = factors, strata = strata,
       n = fit$n, events = fit$nevent, names = arr(names(coef(fit))),
       coef = arr(coef(fit)), hr = arr(exp(coef(fit))), se = arr(sqrt(diag(fit$var))),
       z = arr(s$coefficients[, "z"]), p = arr(s$coefficients[, "Pr(>|z|)"]),
       lower = arr(ci[, "lower .95"]), upper = arr(ci[, "upper .95"]), loglik = arr(fit$loglik),
       lr = test(2 * diff(fit$loglik), length(coef(fit))),
       wald = test(fit$wald.test, length(coef(fit))),
       score = test(fit$score, length(coef(fit))),
       concordance = unname(fit$concordance["concordance"]), concordanceSe = unname(fit$concordance["std"]),
       iterations = fit$iter)
}
vet_large <- vet_data; vet_large$celltype <- relevel(factor(vet_large$celltype), ref = "large")
lung_ecog <- lung_data; lung_ecog$ph.ecog <- relevel(factor(lung_ecog$ph.ecog), ref = "1")
cox <- list()
for (ties in c("efron", "breslow")) {
  cox[[length(cox) + 1]] <- cox_case("lung_data", Surv(time, status) ~ age + sex + ph.ecog, ties, c("age", "sex", "ph.ecog"))
  cox[[length(cox) + 1]] <- cox_case("lung_ecog", Surv(time, status) ~ age + ph.ecog, ties, c("age", "ph.ecog"),
                                      factors = list(ph.ecog = "1"))
  cox[[length(cox) + 1]] <- cox_case("vet_data", Surv(time, status) ~ trt + karno + celltype, ties, c("trt", "karno", "celltype"),
                                      factors = list(celltype = "adeno"))
  cox[[length(cox) + 1]] <- cox_case("vet_large", Surv(time, status) ~ trt + karno + celltype, ties, c("trt", "karno", "celltype"),
                                      factors = list(celltype = "large"))
  cox[[length(cox) + 1]] <- cox_case("vet_data", Surv(time, status) ~ trt + karno + age + strata(celltype), ties,
                                      c("trt", "karno", "age"), strata = "celltype")
}
for (i in seq_along(cox)) cox[[i]]$data <- sub("_.*", "", sub("^vet", "veteran", cox[[i]]$data))
for (i in seq_along(logrank)) logrank[[i]]$data <- sub("_data", "", sub("^vet", "veteran", logrank[[i]]$data))

write_json(list(km = km, kmTimes = km_times, logrank = logrank, cox = cox), file.path(out_dir, "survival.json"))

# cox.zph (survival >= 3: score tests) for several models and time transforms
zph_case <- function(data, formula, ties, covariates, factors, strata, transform) {
  # the data frame is put into the call itself, as cox.zph evaluates the call again
  fit <- eval(bquote(coxph(.(formula), data = .(get(data)), ties = .(ties))))
  z <- cox.zph(fit, transform = transform)
  list(data = sub("_.*", "", sub("^vet", "veteran", data)), ties = ties, covariates = arr(covariates), factors = factors,
       strata = strata, transform = transform, terms = arr(rownames(z$table)),
       chisq = arr(z$table[, "chisq"]), df = arr(z$table[, "df"]), p = arr(z$table[, "p"]))
}
zph <- list()
for (transform in c("km", "identity", "rank", "log")) {
  zph[[length(zph) + 1]] <- zph_case("lung_data", Surv(time, status) ~ age + sex + ph.ecog, "efron", c("age", "sex", "ph.ecog"), NULL, NULL, transform)
}
for (ties in c("efron", "breslow")) {
  zph[[length(zph) + 1]] <- zph_case("vet_data", Surv(time, status) ~ trt + karno + celltype, ties, c("trt", "karno", "celltype"),
                                     list(celltype = "adeno"), NULL, "km")
  zph[[length(zph) + 1]] <- zph_case("vet_data", Surv(time, status) ~ trt + karno + age + strata(celltype), ties,
                                     c("trt", "karno", "age"), NULL, "celltype", "km")
}
write_json(zph, file.path(out_dir, "zph.json"))
