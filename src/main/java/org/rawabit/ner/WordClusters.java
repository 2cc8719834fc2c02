package org.rawabit.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word clusters from unlabelled text by the exchange algorithm (Kneser &amp; Ney 1993; Martin, Liermann
 * &amp; Ney 1998): words are moved between {@code k} classes to maximise the likelihood of a class
 * bigram model, {@code Σ N(g,h) log N(g,h) − Σ N(g,·) log N(g,·) − Σ N(·,h) log N(·,h)}.
 * Deterministic: words are initialised round-robin by frequency and visited in frequency order.
 */
final class WordClusters {
    private WordClusters() {}

    private static final String BOUNDARY = "<s>";
    private static final String RARE = "<rare>";

    /**
     * Clusters the words of {@code sentences} occurring at least {@code minCount} times into {@code k}
     * classes; rarer words are left out of the result.
     */
    static Map<String, Integer> cluster(List<List<String>> sentences, int k, int iterations, int minCount) {
        Map<String, Integer> freq = new HashMap<>();
        for (List<String> s : sentences) for (String w : s) freq.merge(w, 1, Integer::sum);
        List<String> vocab = new ArrayList<>();
        for (Map.Entry<String, Integer> e : freq.entrySet()) if (e.getValue() >= minCount) vocab.add(e.getKey());
        vocab.sort((a, b) -> {
            int c = Integer.compare(freq.get(b), freq.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        vocab.add(RARE);
        vocab.add(BOUNDARY);
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) id.put(vocab.get(i), i);
        int v = vocab.size(), rare = id.get(RARE), bound = id.get(BOUNDARY);

        // word bigram counts as successor and predecessor lists
        List<Map<Integer, Integer>> succ = new ArrayList<>(), pred = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            succ.add(new HashMap<>());
            pred.add(new HashMap<>());
        }
        long total = 0;
        for (List<String> s : sentences) {
            int prev = bound;
            for (int i = 0; i <= s.size(); i++) {
                int cur = i < s.size() ? id.getOrDefault(s.get(i), rare) : bound;
                succ.get(prev).merge(cur, 1, Integer::sum);
                pred.get(cur).merge(prev, 1, Integer::sum);
                total++;
                prev = cur;
            }
        }
        int[][] sw = new int[v][], sc = new int[v][], pw = new int[v][], pc = new int[v][];
        long[] wl = new long[v], wr = new long[v];
        int[] self = new int[v];
        for (int i = 0; i < v; i++) {
            sw[i] = new int[succ.get(i).size()];
            sc[i] = new int[sw[i].length];
            int j = 0;
            for (Map.Entry<Integer, Integer> e : succ.get(i).entrySet()) {
                sw[i][j] = e.getKey();
                sc[i][j++] = e.getValue();
                wl[i] += e.getValue();
                if (e.getKey() == i) self[i] = e.getValue();
            }
            pw[i] = new int[pred.get(i).size()];
            pc[i] = new int[pw[i].length];
            j = 0;
            for (Map.Entry<Integer, Integer> e : pred.get(i).entrySet()) {
                pw[i][j] = e.getKey();
                pc[i][j++] = e.getValue();
                wr[i] += e.getValue();
            }
        }
        double[] flog = new double[(int) total + 2];
        for (int i = 1; i < flog.length; i++) flog[i] = i * Math.log(i);

        int[] cls = new int[v];
        for (int i = 0; i < v; i++) cls[i] = i % k;
        long[][] c = new long[k][k];
        long[] left = new long[k], right = new long[k];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < sw[i].length; j++) c[cls[i]][cls[sw[i][j]]] += sc[i][j];
            left[cls[i]] += wl[i];
            right[cls[i]] += wr[i];
        }
        long[] s = new long[k], p = new long[k];
        int[] ts = new int[k], tp = new int[k];
        double[] dd = new double[k];
        for (int it = 0; it < iterations; it++) {
            int moved = 0;
            for (int w = 0; w < v; w++) {
                int a = cls[w];
                // class counts of w's neighbours (excluding w itself)
                int ns = 0, np = 0;
                for (int j = 0; j < sw[w].length; j++) {
                    if (sw[w][j] == w) continue;
                    int cc = cls[sw[w][j]];
                    if (s[cc] == 0) ts[ns++] = cc;
                    s[cc] += sc[w][j];
                }
                for (int j = 0; j < pw[w].length; j++) {
                    if (pw[w][j] == w) continue;
                    int cc = cls[pw[w][j]];
                    if (p[cc] == 0) tp[np++] = cc;
                    p[cc] += pc[w][j];
                }
                // remove w from a
                for (int j = 0; j < ns; j++) c[a][ts[j]] -= s[ts[j]];
                for (int j = 0; j < np; j++) c[tp[j]][a] -= p[tp[j]];
                c[a][a] -= self[w];
                left[a] -= wl[w];
                right[a] -= wr[w];
                int best = a;
                for (int kk = 0; kk < k; kk++) {
                    double d = 0;
                    long[] row = c[kk];
                    for (int j = 0; j < ns; j++) {
                        int cc = ts[j];
                        if (cc == kk) continue;
                        d += flog[(int) (row[cc] + s[cc])] - flog[(int) row[cc]];
                    }
                    for (int j = 0; j < np; j++) {
                        int cc = tp[j];
                        if (cc == kk) continue;
                        d += flog[(int) (c[cc][kk] + p[cc])] - flog[(int) c[cc][kk]];
                    }
                    d += flog[(int) (row[kk] + s[kk] + p[kk] + self[w])] - flog[(int) row[kk]];
                    d -= flog[(int) (left[kk] + wl[w])] - flog[(int) left[kk]];
                    d -= flog[(int) (right[kk] + wr[w])] - flog[(int) right[kk]];
                    dd[kk] = d;
                }
                for (int kk = 0; kk < k; kk++) {
                    if (dd[kk] > dd[best] + 1e-9) best = kk;
                }
                for (int j = 0; j < ns; j++) c[best][ts[j]] += s[ts[j]];
                for (int j = 0; j < np; j++) c[tp[j]][best] += p[tp[j]];
                c[best][best] += self[w];
                left[best] += wl[w];
                right[best] += wr[w];
                if (best != a) moved++;
                cls[w] = best;
                for (int j = 0; j < ns; j++) s[ts[j]] = 0;
                for (int j = 0; j < np; j++) p[tp[j]] = 0;
            }
            if (moved == 0) break;
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < v; i++) {
            if (i != rare && i != bound) out.put(vocab.get(i), cls[i]);
        }
        return out;
    }

    static String describe(Map<String, Integer> clusters, int k, int perClass) {
        List<List<String>> members = new ArrayList<>();
        for (int i = 0; i < k; i++) members.add(new ArrayList<>());
        clusters.forEach((w, c) -> members.get(c).add(w));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < k; i++) {
            List<String> m = members.get(i);
            Object[] arr = m.toArray();
            Arrays.sort(arr);
            b.append(i).append(": ").append(m.size()).append(' ')
                    .append(Arrays.toString(Arrays.copyOf(arr, Math.min(perClass, arr.length)))).append('\n');
        }
        return b.toString();
    }
}
