# Minimal JSON writer (no package needed): numbers with 17 significant digits, NA as null,
# ±Inf as the strings "Inf" / "-Inf".
json_value <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) {
      items <- vapply(names(x), function(n) paste0('"', n, '":', json_value(x[[n]])), "")
      return(paste0("{", paste(items, collapse = ","), "}"))
    }
    return(paste0("[", paste(vapply(x, json_value, ""), collapse = ","), "]"))
  }
  scalar <- function(v) {
    if (is.na(v)) return("null")
    if (is.character(v)) return(paste0('"', v, '"'))
    if (is.logical(v)) return(if (v) "true" else "false")
    if (is.infinite(v)) return(if (v > 0) '"Inf"' else '"-Inf"')
    sprintf("%.17g", v)
  }
  x <- as.vector(x)
  if (length(x) == 1 && is.null(attr(x, "array"))) return(scalar(x))
  paste0("[", paste(vapply(x, scalar, ""), collapse = ","), "]")
}
# A vector that must stay an array even with one element.
arr <- function(x) { x <- as.vector(x); structure(as.list(x), names = NULL) }
write_json <- function(x, file) writeLines(json_value(x), file)
