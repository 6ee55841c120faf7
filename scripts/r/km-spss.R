# The median with SPSS's symmetric CI (median ± z·SE), computed here independently of bonemet
# from survfit's curve: SE = SE(S(median)) / f, with the Greenwood SE of S at the median and the
# uniform-kernel density f = (S(u) - S(l)) / (l - u) of Klein & Moeschberger (2003, §4.5,
# practical note 3): u the last event time with S >= 0.55, l the first with S <= 0.45. The limits
# are median -/+ 1.96 SE at 95 % (SPSS's rounded multiplier), the normal quantile at other levels.
library(survival)
spss_median <- function(fit, level = 0.95) {
  s <- fit$surv; t <- fit$time; events <- fit$n.event > 0
  se_s <- s * fit$std.err
  eps <- sqrt(.Machine$double.eps)
  k <- which(events & s <= 0.5 + eps)[1]
  if (is.na(k)) return(list(median = NA, se = NA, lower = NA, upper = NA))
  upper_k <- which(events & s >= 0.55 - eps)
  u <- if (length(upper_k)) t[max(upper_k)] else 0
  su <- if (length(upper_k)) s[max(upper_k)] else 1
  lower_k <- which(events & s <= 0.45 + eps)
  if (!length(lower_k)) return(list(median = t[k], se = NA, lower = NA, upper = NA))
  l <- t[min(lower_k)]; sl <- s[min(lower_k)]
  se <- se_s[k] / ((su - sl) / (l - u))
  z <- if (level == 0.95) 1.96 else qnorm(1 - (1 - level) / 2)
  list(median = t[k], se = se, lower = t[k] - z * se, upper = t[k] + z * se)
}
spss_cases <- list()
for (spec in list(list(data = "lung", group = "sex", level = 0.95), list(data = "veteran", group = "celltype", level = 0.95),
                  list(data = "lung", group = "ph.ecog", level = 0.9))) {
  d <- if (spec$data == "lung") lung_data else vet_data
  d <- d[!is.na(d[[spec$group]]), ]
  for (g in sort(unique(d[[spec$group]]))) {
    fit <- survfit(Surv(time, status) ~ 1, d[d[[spec$group]] == g, ])
    m <- spss_median(fit, spec$level)
    spss_cases[[length(spss_cases) + 1]] <- c(list(data = spec$data, group = spec$group, level = as.character(g),
                                                   confLevel = spec$level), m)
  }
}
# The same formula on the 72-subject set that IBM SPSS Statistics 31.0.1.0 was run on
# (km-spss31.json, which records the source): it must give SPSS's printed median, SE and limits.
spss31 <- local({ i <- 1:72; data.frame(time = 36 + (37 * i - 16) %% 500, status = as.integer(!(i %% 10 %in% c(1, 4, 7))), sex = 2 - i %% 2) })
spss31_printed <- list("1" = c(353, 28.40150389233, 297.33305237103, 408.66694762897),
                       "2" = c(296, 49.812325244556, 198.36784252067, 393.63215747933),
                       overall = c(333, 27.277143171126, 279.53679938459, 386.46320061541))
for (g in names(spss31_printed)) {
  rows <- if (g == "overall") spss31 else spss31[spss31$sex == as.numeric(g), ]
  m <- unlist(spss_median(survfit(Surv(time, status) ~ 1, rows)))
  stopifnot(max(abs(m / spss31_printed[[g]] - 1)) < 1e-11)
}
write_json(list(cases = spss_cases), file.path(out_dir, "km-spss.json"))
