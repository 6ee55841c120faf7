# Reference values of the normal, t, chi-square and F distributions, both tails and quantiles.
cases <- list()
# R's own quantile, unless it fails its round trip through the (accurate) distribution function;
# then the root found by uniroot on the log of the smaller tail, which that round trip confirms.
# qfun(p, lower) and pfun(x, lower, log) are the R functions with the parameters bound.
quantile_ref <- function(qfun, pfun, p, lower) {
  x <- qfun(p, lower)
  small_lower <- if (lower) p <= 0.5 else p > 0.5
  target <- log(if (small_lower == lower) p else 1 - p)
  logp <- function(v) pfun(v, small_lower, TRUE)
  if (abs(logp(x) - target) <= 1e-12 * max(1, abs(target))) return(x)
  if (x == 0 && logp(.Machine$double.xmin) > target) return(0)  # the true quantile underflows
  interval <- if (x > 0) log(x) + c(-60, 60) else c(-745, 0)
  root <- exp(uniroot(function(v) logp(exp(v)) - target, interval, tol = 1e-15, maxiter = 5000)$root)
  stopifnot(abs(logp(root) - target) <= 1e-11 * max(1, abs(target)))
  root
}
add <- function(dist, fn, x, p1 = NA, p2 = NA, value) {
  cases[[length(cases) + 1]] <<- list(dist = dist, fn = fn, x = x, df1 = p1, df2 = p2, value = value)
}
for (x in c(-40, -10, -3.5, -1.96, -0.5, 0, 1e-8, 0.3, 1.96, 5, 8.5, 38)) {
  add("normal", "cdf", x, value = pnorm(x))
  add("normal", "sf", x, value = pnorm(x, lower.tail = FALSE))
}
probs <- c(1e-300, 1e-20, 1e-8, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999999)
for (p in probs) {
  add("normal", "quantile", p, value = qnorm(p))
  add("normal", "upperQuantile", p, value = qnorm(p, lower.tail = FALSE))
}
for (df in c(1, 2.5, 7, 30, 1e4)) {
  for (x in c(-1e5, -50, -3, -1e-3, 0, 0.4, 2.1, 12, 1e3)) {
    add("t", "cdf", x, df, value = pt(x, df))
    add("t", "sf", x, df, value = pt(x, df, lower.tail = FALSE))
  }
  for (p in c(1e-100, 1e-12, 0.001, 0.025, 0.4, 0.5, 0.6, 0.975, 0.9999)) {
    add("t", "quantile", p, df, value = qt(p, df))
    add("t", "upperQuantile", p, df, value = qt(p, df, lower.tail = FALSE))
  }
}
for (df in c(1, 2, 3.5, 10, 200)) {
  for (x in c(1e-10, 0.01, 1, 3.84, 20, 150, 2000)) {
    add("chisq", "cdf", x, df, value = pchisq(x, df))
    add("chisq", "sf", x, df, value = pchisq(x, df, lower.tail = FALSE))
  }
  for (p in c(1e-200, 1e-10, 0.01, 0.5, 0.95, 0.999999)) {
    qfun <- function(v, lower) qchisq(v, df, lower.tail = lower)
    pfun <- function(x, lower, lg) pchisq(x, df, lower.tail = lower, log.p = lg)
    add("chisq", "quantile", p, df, value = quantile_ref(qfun, pfun, p, TRUE))
    add("chisq", "upperQuantile", p, df, value = quantile_ref(qfun, pfun, p, FALSE))
  }
}
for (d in list(c(1, 1), c(2, 103), c(4, 185), c(3, 10.5), c(30, 2), c(200, 300))) {
  for (x in c(1e-8, 0.05, 0.7, 1, 3.2, 25, 1e4)) {
    add("f", "cdf", x, d[1], d[2], value = pf(x, d[1], d[2]))
    add("f", "sf", x, d[1], d[2], value = pf(x, d[1], d[2], lower.tail = FALSE))
  }
  for (p in c(1e-50, 1e-6, 0.05, 0.5, 0.95, 0.999999)) {
    qfun <- function(v, lower) qf(v, d[1], d[2], lower.tail = lower)
    pfun <- function(x, lower, lg) pf(x, d[1], d[2], lower.tail = lower, log.p = lg)
    add("f", "quantile", p, d[1], d[2], value = quantile_ref(qfun, pfun, p, TRUE))
    add("f", "upperQuantile", p, d[1], d[2], value = quantile_ref(qfun, pfun, p, FALSE))
  }
}
write_json(cases, file.path(out_dir, "distributions.json"))
