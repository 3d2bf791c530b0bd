# The benchmark chart (run by scripts/bench.sh in a results directory, which holds
# c1.dat and c8.dat written by bench/report.py): bench.png.
set terminal pngcairo size 1200,500 font "sans,10"
set output "bench.png"
set multiplot layout 1,2 title "python3 -c 'print(\"hi\")': host, docker run, safe-exec (pool off / on)"

set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set grid ytics
set key top left
set logscale y
set format y "%g"
set yrange [1:*]

set title "Latency at concurrency 1 (log scale)"
set ylabel "ms"
plot "c1.dat" using 2:xtic(1) title "p50" lc rgb "#4477aa", \
     "" using 3 title "p95" lc rgb "#ee7733", \
     "" using 4 title "p99" lc rgb "#cc3311"

set title "Concurrency 8: throughput (bars), latency p50 and p99 (points)"
unset logscale y
set yrange [0:*]
set ylabel "requests/s"
set y2label "ms (log scale)"
set logscale y2
set y2range [1:*]
set y2tics
set format y2 "%g"
set style histogram clustered gap 2
set key below horizontal
set offsets 0, 0, graph 0.1, 0
plot "c8.dat" using 2:xtic(1) title "requests/s" lc rgb "#228833", \
     "" using 0:2:(sprintf("%.2f/s", $2)) with labels offset 0,0.8 notitle, \
     "" using 0:3 axes x1y2 with points pt 7 ps 1.5 lc rgb "#4477aa" title "p50", \
     "" using 0:4 axes x1y2 with points pt 5 ps 1.5 lc rgb "#cc3311" title "p99"
unset multiplot
