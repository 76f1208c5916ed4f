# Medians per map and request of the lines run.sh writes: map request req/s p50 p99 errors.
# Errors are summed over the runs, not a median: one failed request is one too many.
{
  k = $1 " " $2
  if (!(k in n)) order[++keys] = k
  n[k]++
  rps[k, n[k]] = $3; p50[k, n[k]] = $4; p99[k, n[k]] = $5; errors[k] += $6
}
function median(values, k, count,   i, j, t, v) {
  for (i = 1; i <= count; i++) v[i] = values[k, i] + 0
  for (i = 1; i <= count; i++)
    for (j = i + 1; j <= count; j++)
      if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
  return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
}
END {
  printf "%-8s %-24s %5s %10s %9s %9s %7s\n", "map", "request", "runs", "req/s", "p50 ms", "p99 ms", "errors"
  for (i = 1; i <= keys; i++) {
    k = order[i]
    split(k, p, " ")
    printf "%-8s %-24s %5d %10.0f %9.1f %9.1f %7d\n", p[1], p[2], n[k], median(rps, k, n[k]),
      median(p50, k, n[k]), median(p99, k, n[k]), errors[k]
  }
}
