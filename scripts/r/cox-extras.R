# Cox regression extras: robust (sandwich) standard errors — coxph(..., cluster = id), and
# robust = TRUE (each subject its own cluster) — and the sequential likelihood-ratio tests of
# anova(fit) (all columns of a factor together), on lung and veteran.
suppressWarnings({
library(survival)
lung_cx <- survival::lung; lung_cx$status <- lung_cx$status - 1
lung_cx$ph.ecog <- factor(lung_cx$ph.ecog)
vet_cx <- survival::veteran; vet_cx$celltype <- relevel(factor(as.character(vet_cx$celltype)), "large")
cox_extra <- function(name, data_name, data, formula, covariates, factors, cluster = NULL, strata = NULL, ties = "efron") {
  if (!is.null(cluster)) data <- data[!is.na(data[[cluster]]), ]  # the rows the clustered fit uses
  f <- if (is.null(strata)) formula else update(formula, as.formula(paste(". ~ . + strata(", strata, ")")))
  fit <- if (is.null(cluster)) coxph(f, data, ties = ties, robust = TRUE) else
    coxph(update(f, as.formula(paste(". ~ . + cluster(", cluster, ")"))), data, ties = ties)
  plain <- do.call(coxph, list(formula = f, data = data, ties = ties))  # anova() refits from the call
  av <- anova(plain)
  list(name = name, data = data_name, covariates = arr(covariates), factors = factors, cluster = cluster, strata = strata, ties = ties,
       names = arr(names(coef(fit))), coef = arr(coef(fit)), se = arr(sqrt(diag(fit$naive.var))), robustSe = arr(sqrt(diag(fit$var))),
       robustVar = arr(fit$var), wald = unname(fit$wald.test),
       concordance = unname(fit$concordance["concordance"]), concordanceSe = unname(fit$concordance["std"]),
       anova = list(terms = arr(rownames(av)[-1]), loglik = arr(av$loglik), chisq = arr(av$Chisq[-1]), df = arr(av$Df[-1]),
                    p = arr(av[["Pr(>|Chi|)"]][-1])))
}
cox_extras <- list(
  cox_extra("lung age + sex + ph.ecog (factor), cluster = inst", "lung", lung_cx, Surv(time, status) ~ age + sex + ph.ecog,
            c("age", "sex", "ph.ecog"), list(ph.ecog = "0"), "inst"),
  cox_extra("lung, breslow, cluster = inst", "lung", lung_cx, Surv(time, status) ~ age + sex + ph.ecog,
            c("age", "sex", "ph.ecog"), list(ph.ecog = "0"), "inst", ties = "breslow"),
  cox_extra("veteran trt + karno + celltype, robust", "veteran", vet_cx, Surv(time, status) ~ trt + karno + celltype,
            c("trt", "karno", "celltype"), list(celltype = "large")),
  cox_extra("veteran trt + karno stratified by celltype, robust", "veteran", vet_cx, Surv(time, status) ~ trt + karno,
            c("trt", "karno"), NULL, strata = "celltype")
)
})
write_json(list(cases = cox_extras), file.path(out_dir, "cox-extras.json"))
