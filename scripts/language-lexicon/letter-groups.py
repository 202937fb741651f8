"""Step 3: four-letter groups that lean to nynorsk or bokmål, from the spell-norwegian word lists.

A logistic regression over word forms: a form only the nynorsk list has counts as nynorsk, one only
the bokmål list has as bokmål, one both have as either (so the groups of shared forms weigh
nothing). Fitted jointly, the groups of a word share its evidence instead of each claiming all of
it: "sikkerheitskopi" leans to nynorsk on "heit" although "sikker" is bokmål's as much. The groups
that carry most evidence over the lists are kept and fitted again alone, as they ship.
Usage: letter-groups.py [GROUPS] (default 2000). Needs numpy and scipy (Debian python3-numpy,
python3-scipy).
"""
import json, os, sys
from collections import Counter
import numpy as np, scipy.optimize as so, scipy.sparse as sp
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
C = os.environ.get('LEXICON_WORK', os.path.join(REPO, '.lexicon-work'))
os.makedirs(C, exist_ok=True)
os.chdir(C)
N = 4
M = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
L2 = 1.0
ok = set('abcdefghijklmnopqrstuvwxyzæøå')


def words(path):
    return set(w for w in open(path).read().lower().split('\n') if w and set(w) <= ok)


def grams(w):
    s = '^' + w + '$'
    return {s[i:i + N] for i in range(len(s) - N + 1)}


nb = words('bokmaal.txt')
nn = words('nynorsk.txt')
forms = sorted(nb | nn)
y = np.array([0.5 if (w in nn and w in nb) else 1.0 if w in nn else 0.0 for w in forms])
# Each kind (nynorsk only, bokmål only, both) weighs the same in total.
sizes = {k: (y == k).sum() for k in (0.0, 0.5, 1.0)}
weight = np.array([len(y) / 3 / sizes[k] for k in y])
G = [grams(w) for w in forms]
seen = Counter(g for gs in G for g in gs)


def fit(groups):
    index = {g: i for i, g in enumerate(groups)}
    rows, cols = [], []
    for r, gs in enumerate(G):
        for g in gs:
            j = index.get(g)
            if j is not None:
                rows.append(r)
                cols.append(j)
    X = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(G), len(groups)))

    def loss(wb):
        w, b = wb[:-1], wb[-1]
        z = X @ w + b
        gz = weight * (1 / (1 + np.exp(-z)) - y)
        value = np.sum(weight * (np.logaddexp(0, z) - y * z)) + L2 * np.dot(w, w)
        return value, np.append(X.T @ gz + 2 * L2 * w, gz.sum())

    r = so.minimize(loss, np.zeros(len(groups) + 1), jac=True, method='L-BFGS-B', options={'maxiter': 300})
    return r.x[:-1], X


candidates = sorted(g for g, c in seen.items() if c >= 50)
w, X = fit(candidates)
importance = np.abs(w) * np.asarray(X.sum(axis=0)).ravel()
kept = [candidates[i] for i in np.argsort(-importance)[:M]]
w, _ = fit(kept)
ranked = sorted(zip(kept, w), key=lambda t: -abs(t[1]) * seen[t[0]])
print(len(ranked), ranked[:20], file=sys.stderr)
json.dump({g: round(float(x), 1) for g, x in ranked}, open(f'ngram{N}.json', 'w'), ensure_ascii=False)
