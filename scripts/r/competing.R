# Competing risks: cumulative incidence functions with their variances and Gray's test, as
# cmprsk::cuminc (Debian r-cran-cmprsk), on the survival package's mgus2 data (progression to a
# plasma cell malignancy competing with death, as in the survival package's competing-risks
# vignette) and a seeded data set with ties, three groups, three causes and two strata.
suppressWarnings({
library(survival)
library(cmprsk)
mg <- survival::mgus2
mg$etime <- ifelse(mg$pstat == 0, mg$futime, mg$ptime)
mg$event <- ifelse(mg$pstat == 0, 2 * mg$death, 1)  # 0 censored, 1 progression, 2 death
mg$agegroup <- ifelse(mg$age < 65, "<65", ifelse(mg$age < 75, "65-74", ">=75"))
write.csv(mg[, c("id", "sex", "age", "agegroup", "etime", "event")], file.path(out_dir, "mgus2.csv"), row.names = FALSE, na = "")

set.seed(21)
n_sim <- 90
sim <- data.frame(time = round(rexp(n_sim, 0.1), 0) + 1, cause = sample(0:3, n_sim, TRUE, c(0.3, 0.3, 0.25, 0.15)),
                  group = sample(c("a", "b", "c"), n_sim, TRUE), stratum = sample(1:2, n_sim, TRUE))

cif_case <- function(name, time, cause, group, strata = NULL, times) {
  fit <- if (is.null(strata)) cuminc(time, cause, group) else cuminc(time, cause, group, strata)
  curves <- fit[names(fit) != "Tests"]
  tp <- timepoints(fit, times)
  list(name = name, time = arr(time), cause = arr(cause), group = arr(as.character(group)),
       strata = if (is.null(strata)) NULL else arr(strata), times = arr(times),
       curves = lapply(names(curves), function(label) {
         z <- curves[[label]]
         jumps <- if (length(z$time) > 2) seq(3, length(z$time) - 1, by = 2) else integer(0)
         list(label = label, time = arr(z$time[jumps]), est = arr(z$est[jumps]), var = arr(z$var[jumps]),
              atEst = arr(tp$est[label, ]), atVar = arr(tp$var[label, ]))
       }),
       tests = lapply(rownames(fit$Tests), function(cause) {
         row <- fit$Tests[cause, ]
         list(cause = cause, stat = unname(row["stat"]), df = unname(row["df"]), pv = unname(row["pv"]),
              pUpper = pchisq(unname(row["stat"]), unname(row["df"]), lower.tail = FALSE))
       }))
}
competing <- list(
  cif_case("mgus2 by sex", mg$etime, mg$event, mg$sex, times = c(12, 60, 120, 240, 400)),
  cif_case("mgus2 by age group", mg$etime, mg$event, mg$agegroup, times = c(24, 120, 300)),
  cif_case("seeded, 3 causes, ties", sim$time, sim$cause, sim$group, times = c(1, 5, 10, 20, 60)),
  cif_case("seeded, stratified", sim$time, sim$cause, sim$group, sim$stratum, times = c(5, 15)),
  cif_case("seeded, rho = 0 two groups", sim$time[sim$group != "c"], sim$cause[sim$group != "c"], sim$group[sim$group != "c"], times = c(3, 30))
)
})
write_json(list(cmprsk = as.character(packageVersion("cmprsk")), cases = competing), file.path(out_dir, "competing.json"))
