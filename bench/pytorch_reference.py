#!/usr/bin/python3
"""PyTorch reference for Inkwell's performance comparison (issue 6).

The same network and loss as the Java model (synthesis-model/src/main/java/inkwell/model):

  layer 1 (LSTM, no peepholes) reads [x_t, w_{t-1}]
  soft window from h1_t: (a^, b^, k^) = W h1_t + bias; a, b = exp; kappa_t = kappa_{t-1} + exp(k^)
                         phi(t, u) = sum_k a_k exp(-b_k (kappa_k - u)^2), u = 0 .. U-1 (0-based, as in Java)
                         w_t = sum_u phi(t, u) c_u   (c_u one-hot over the alphabet)
  layers 2, 3 read [x_t, h^{l-1}_t, w_t]
  output reads [h1, h2, h3]: 1 + 6M values [e^, pi^(M), mu1(M), mu2(M), s1^(M), s2^(M), rho^(M)]
  loss per step = -logsumexp_j(log pi_j + log N_j) - log(e if pen-up else 1 - e), e = sigmoid(e^),
                  rho = (1 - 1e-6) tanh(rho^), summed over the unmasked steps (as Java sums)

Measurements (one JSON line each on stdout; progress on stderr):
  train-lstmcell  all three layers stepped by hand with nn.LSTMCell
  train-lstm23    layer 1 + window stepped with nn.LSTMCell, layers 2 and 3 over the sequence with nn.LSTM
                  both: batch 32 x T steps, forward + backward + one Adam step, median sample-steps/s
  sample          torch.no_grad, LSTMCell stepping for all layers, biased mixture sampling,
                  batch 1 and batch 8 (8 lines at once), median timesteps/s (a step advances every line)
  gemm-square, gemm-step   (--what gemm) torch.mm GFLOP/s, 1024^3 and [32,H]x[H,4H], for the limit
  check           not a benchmark: sanity checks (variants agree, NLL vs direct formula, loss falls)

Run with Debian's /usr/bin/python3 and python3-torch; install libopenblas0-pthread or PyTorch falls back
to the reference BLAS (about 12 times slower).
"""
import argparse
import json
import os
import statistics
import sys
import time


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--hidden", type=int, default=400, help="LSTM units per layer (400 paper, 256 phase 1)")
    p.add_argument("--threads", type=int, default=1, help="torch.set_num_threads (and OMP/OpenBLAS threads)")
    p.add_argument("--iterations", type=int, default=5, help="timed iterations per measurement (median)")
    p.add_argument("--warmup", type=int, default=1, help="untimed iterations before the timed ones")
    p.add_argument("--what", default="all", choices=["train", "sample", "all", "gemm", "check"])
    p.add_argument("--steps", type=int, default=600, help="timesteps per sequence (training and sampling)")
    p.add_argument("--batch", type=int, default=32, help="training batch")
    p.add_argument("--sample-batches", default="1,8", help="comma-separated sampling batches")
    p.add_argument("--chars", type=int, default=40, help="text length in characters")
    p.add_argument("--variants", default="lstmcell,lstm23", help="training variants to run")
    p.add_argument("--bias", type=float, default=1.0, help="sampling bias b >= 0")
    p.add_argument("--no-clip", action="store_true",
                   help="do not clip output derivatives to [-100, 100] (Java's bench clips them)")
    p.add_argument("--seed", type=int, default=1)
    return p.parse_args(argv)


ARGS = parse_args()
# Thread settings must be in the environment before torch (libgomp, OpenBLAS) is loaded.
os.environ.setdefault("OMP_NUM_THREADS", str(ARGS.threads))
os.environ.setdefault("OPENBLAS_NUM_THREADS", str(ARGS.threads))
if ARGS.threads > 1:
    # PyTorch's OpenMP threads otherwise spin between parallel regions and collapse on 2 cores.
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")

import math  # noqa: E402

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402

ALPHABET = 95          # printable ASCII, space to tilde (Alphabet.printableAscii)
WINDOW_K = 10          # Gaussians of the soft window
MIXTURES = 20          # bivariate Gaussians of the output
KAPPA_BIAS = -3.0      # initial bias of the window's log-step (NetworkConfig.paper)
RHO_LIMIT = 1.0 - 1e-6
OUTPUT_CLIP = 100.0
LOG_2PI = math.log(2 * math.pi)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------- model

class SoftWindow(nn.Module):
    def __init__(self, hidden, k=WINDOW_K):
        super().__init__()
        self.k = k
        self.linear = nn.Linear(hidden, 3 * k)

    def forward(self, h1, kappa_prev, onehot, positions):
        """h1 [B,H], kappa_prev [B,K], onehot [B,U,A], positions [U'] (U' = U, or U+1 with the end position).
        Returns w [B,A], kappa [B,K], phi [B,U']."""
        a, b, k = torch.exp(self.linear(h1)).chunk(3, dim=1)
        kappa = kappa_prev + k
        d = kappa.unsqueeze(2) - positions                                   # [B,K,U']
        phi = (a.unsqueeze(2) * torch.exp(-b.unsqueeze(2) * d * d)).sum(1)  # [B,U']
        u = onehot.shape[1]
        w = torch.bmm(phi[:, :u].unsqueeze(1), onehot).squeeze(1)            # [B,A]
        return w, kappa, phi


class Synthesis(nn.Module):
    """3 LSTM layers, soft window, mixture density output. Layers 2 and 3 exist both as LSTMCell (stepped)
    and, for the faster training variant, as nn.LSTM over the whole sequence; each variant uses one set."""

    def __init__(self, hidden, alphabet=ALPHABET, k=WINDOW_K, m=MIXTURES, sequence_layers=False):
        super().__init__()
        self.hidden, self.alphabet, self.k, self.m = hidden, alphabet, k, m
        self.sequence_layers = sequence_layers
        upper_in = 3 + hidden + alphabet
        self.cell1 = nn.LSTMCell(3 + alphabet, hidden)
        if sequence_layers:
            self.lstm2 = nn.LSTM(upper_in, hidden)
            self.lstm3 = nn.LSTM(upper_in, hidden)
        else:
            self.cell2 = nn.LSTMCell(upper_in, hidden)
            self.cell3 = nn.LSTMCell(upper_in, hidden)
        self.window = SoftWindow(hidden, k)
        self.out = nn.Linear(3 * hidden, 1 + 6 * m)
        self.reset_parameters()

    def reset_parameters(self):
        """As SynthesisNetwork.initialise: weights uniform in +-0.08, biases 0, forget bias 1, slow window."""
        h = self.hidden
        with torch.no_grad():
            for name, p in self.named_parameters():
                if "bias" in name:
                    p.zero_()
                else:
                    p.uniform_(-0.08, 0.08)
            for name, p in self.named_parameters():
                if ("cell" in name or "lstm" in name) and "bias_ih" in name:
                    p[h:2 * h] = 1.0          # PyTorch gate order i, f, g, o
            self.window.linear.bias[2 * self.k:] = KAPPA_BIAS

    def cells(self):
        return [self.cell1, self.cell2, self.cell3]

    def zero_state(self, batch, dtype=torch.float32):
        z = lambda n: torch.zeros(batch, n, dtype=dtype)  # noqa: E731
        return z(self.hidden), z(self.hidden), z(self.alphabet), z(self.k)

    def forward(self, x, onehot):
        """x [T,B,3] inputs, onehot [B,U,A]. Returns y [T,B,1+6M]."""
        steps, batch, _ = x.shape
        positions = torch.arange(onehot.shape[1], dtype=x.dtype)
        h1, c1, w, kappa = self.zero_state(batch, x.dtype)
        if self.sequence_layers:
            h1s, ws = [], []
            for t in range(steps):
                h1, c1 = self.cell1(torch.cat([x[t], w], 1), (h1, c1))
                w, kappa, _ = self.window(h1, kappa, onehot, positions)
                h1s.append(h1)
                ws.append(w)
            h1s = torch.stack(h1s)
            ws = torch.stack(ws)
            h2s, _ = self.lstm2(torch.cat([x, h1s, ws], 2))
            h3s, _ = self.lstm3(torch.cat([x, h2s, ws], 2))
        else:
            h2, c2 = torch.zeros_like(h1), torch.zeros_like(c1)
            h3, c3 = torch.zeros_like(h1), torch.zeros_like(c1)
            outs = []
            for t in range(steps):
                h1, c1 = self.cell1(torch.cat([x[t], w], 1), (h1, c1))
                w, kappa, _ = self.window(h1, kappa, onehot, positions)
                h2, c2 = self.cell2(torch.cat([x[t], h1, w], 1), (h2, c2))
                h3, c3 = self.cell3(torch.cat([x[t], h2, w], 1), (h3, c3))
                outs.append(torch.cat([h1, h2, h3], 1))
            hs = torch.stack(outs)
            h1s, h2s, h3s = hs.split(self.hidden, 2)
        return self.out(torch.cat([h1s, h2s, h3s], 2))


def split_output(y, m):
    e_hat = y[..., 0]
    pi_hat, mu1, mu2, s1, s2, rho_hat = y[..., 1:].split(m, -1)
    return e_hat, pi_hat, mu1, mu2, s1, s2, rho_hat


def mixture_nll(y, targets, mask, m=MIXTURES):
    """Summed loss over unmasked rows, in log space (log-sum-exp, log-sigmoid), as MixtureDensityHead."""
    e_hat, pi_hat, mu1, mu2, s1, s2, rho_hat = split_output(y, m)
    x1, x2, pen = targets[..., 0:1], targets[..., 1:2], targets[..., 2]
    rho = RHO_LIMIT * torch.tanh(rho_hat)
    z1 = (x1 - mu1) * torch.exp(-s1)
    z2 = (x2 - mu2) * torch.exp(-s2)
    q = 1 - rho * rho
    zz = z1 * z1 + z2 * z2 - 2 * rho * z1 * z2
    log_n = -LOG_2PI - s1 - s2 - 0.5 * torch.log(q) - zz / (2 * q)
    log_mix = torch.logsumexp(F.log_softmax(pi_hat, -1) + log_n, -1)
    log_bernoulli = pen * F.logsigmoid(e_hat) + (1 - pen) * F.logsigmoid(-e_hat)
    return -((log_mix + log_bernoulli) * mask).sum()


def clip_output_gradient(y, limit=OUTPUT_CLIP):
    """The paper's (and the Java bench's) clipping of the output derivatives; the LSTM-gate clipping (10) is
    not reproducible inside nn.LSTMCell / nn.LSTM and is left out."""
    if y.requires_grad and limit > 0:
        y.register_hook(lambda g: g.clamp(-limit, limit))
    return y


# ----------------------------------------------------------------------------------------------- data

def random_batch(batch, steps, chars, alphabet=ALPHABET, seed=5):
    """Random well-formed data as TrainingThroughput.randomBatch: normal offsets, ~5% pen-ups, random text."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(steps, batch, 3, generator=g)
    x[..., 2] = (torch.rand(steps, batch, generator=g) < 0.05).float()
    targets = torch.randn(steps, batch, 3, generator=g)
    targets[..., 2] = (torch.rand(steps, batch, generator=g) < 0.05).float()
    mask = torch.ones(steps, batch)
    text = torch.randint(0, alphabet, (batch, chars), generator=g)
    onehot = F.one_hot(text, alphabet).float()
    return x, targets, mask, onehot


# ----------------------------------------------------------------------------------------------- sampling

@torch.no_grad()
def sample_lines(model, onehot, steps, bias, generator):
    """Writes len(onehot) lines at once for a fixed number of steps (no early stop, so every run does the same
    work), with the stop test (phi after the last character vs every character) evaluated each step as the
    Java sampler does. All three layers are stepped with LSTMCell."""
    batch = onehot.shape[0]
    m = model.m
    u = onehot.shape[1]
    positions = torch.arange(u + 1, dtype=torch.float32)   # with the position after the last character
    h1, c1, w, kappa = model.zero_state(batch)
    h2, c2, h3, c3 = (torch.zeros_like(h1) for _ in range(4))
    cell1, cell2, cell3 = model.cells()
    x = torch.zeros(batch, 3)
    passed_end = torch.zeros(batch, dtype=torch.bool)
    xs = []
    for _ in range(steps):
        h1, c1 = cell1(torch.cat([x, w], 1), (h1, c1))
        w, kappa, phi = model.window(h1, kappa, onehot, positions)
        h2, c2 = cell2(torch.cat([x, h1, w], 1), (h2, c2))
        h3, c3 = cell3(torch.cat([x, h2, w], 1), (h3, c3))
        y = model.out(torch.cat([h1, h2, h3], 1))
        e_hat, pi_hat, mu1, mu2, s1, s2, rho_hat = split_output(y, m)
        pick = torch.multinomial(torch.softmax(pi_hat * (1 + bias), 1), 1, generator=generator)
        mu1, mu2 = mu1.gather(1, pick).squeeze(1), mu2.gather(1, pick).squeeze(1)
        sd1 = torch.exp(s1.gather(1, pick).squeeze(1) - bias)
        sd2 = torch.exp(s2.gather(1, pick).squeeze(1) - bias)
        rho = RHO_LIMIT * torch.tanh(rho_hat.gather(1, pick).squeeze(1))
        n = torch.randn(batch, 2, generator=generator)
        dx = mu1 + sd1 * n[:, 0]
        dy = mu2 + sd2 * (rho * n[:, 0] + torch.sqrt(1 - rho * rho) * n[:, 1])
        pen = torch.bernoulli(torch.sigmoid(e_hat), generator=generator)
        x = torch.stack([dx, dy, pen], 1)
        passed_end |= phi[:, u] > phi[:, :u].max(1).values
        xs.append(x)
    return torch.stack(xs), passed_end


# ----------------------------------------------------------------------------------------------- measuring

def training_flop_per_sample_step(hidden, alphabet=ALPHABET, k=WINDOW_K, m=MIXTURES):
    """Multiply-adds of one sample-step's products, forward; backward costs twice that (dW and dX)."""
    macs = 4 * hidden * (3 + alphabet + hidden)                 # layer 1: [x, w_{t-1}] and h_{t-1}
    macs += 2 * 4 * hidden * (3 + hidden + alphabet + hidden)   # layers 2, 3: [x, h^{l-1}, w] and h_{t-1}
    macs += hidden * 3 * k + 3 * hidden * (1 + 6 * m)           # window and output
    return 2 * macs * 3


def emit(variant, batch, steps, rates, unit, seconds, **extra):
    rec = {"impl": "pytorch", "variant": variant, "hidden": ARGS.hidden, "threads": ARGS.threads,
           "batch": batch, "steps": steps, "median_per_s": round(statistics.median(rates), 2),
           "iterations": len(rates), "unit": unit, "median_seconds": float(f"{statistics.median(seconds):.4g}")}
    rec.update(extra)
    print(json.dumps(rec), flush=True)


def measure_training(variant):
    torch.manual_seed(ARGS.seed)
    model = Synthesis(ARGS.hidden, sequence_layers=(variant == "lstm23"))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x, targets, mask, onehot = random_batch(ARGS.batch, ARGS.steps, ARGS.chars)

    def iteration():
        opt.zero_grad(set_to_none=True)
        y = model(x, onehot)
        if not ARGS.no_clip:
            clip_output_gradient(y)
        loss = mixture_nll(y, targets, mask)
        loss.backward()
        opt.step()
        return loss.item()

    for _ in range(ARGS.warmup):
        iteration()
    rates, seconds = [], []
    for i in range(ARGS.iterations):
        t0 = time.perf_counter()
        loss = iteration()
        dt = time.perf_counter() - t0
        rates.append(ARGS.batch * ARGS.steps / dt)
        seconds.append(dt)
        log(f"train-{variant} hidden {ARGS.hidden} threads {ARGS.threads}: iteration {i + 1} "
            f"{dt:.3f} s, {rates[-1]:.0f} sample-steps/s, loss/step {loss / (ARGS.batch * ARGS.steps):.3f}")
    flop = training_flop_per_sample_step(ARGS.hidden)
    emit("train-" + variant, ARGS.batch, ARGS.steps, rates, "sample-steps/s", seconds,
         model_gflop_per_s=round(statistics.median(rates) * flop / 1e9, 2))


def measure_sampling(batch):
    torch.manual_seed(ARGS.seed)
    model = Synthesis(ARGS.hidden, sequence_layers=False)
    model.eval()
    g = torch.Generator().manual_seed(ARGS.seed)
    text = torch.randint(0, ALPHABET, (batch, ARGS.chars), generator=g)
    onehot = F.one_hot(text, ALPHABET).float()
    for _ in range(ARGS.warmup):
        sample_lines(model, onehot, ARGS.steps, ARGS.bias, g)
    rates, seconds = [], []
    for i in range(ARGS.iterations):
        t0 = time.perf_counter()
        sample_lines(model, onehot, ARGS.steps, ARGS.bias, g)
        dt = time.perf_counter() - t0
        rates.append(ARGS.steps / dt)
        seconds.append(dt)
        log(f"sample batch {batch} hidden {ARGS.hidden} threads {ARGS.threads}: line {i + 1} {dt:.3f} s, "
            f"{rates[-1]:.0f} steps/s")
    emit("sample", batch, ARGS.steps, rates, "steps/s", seconds)


def measure_gemm():
    """Single-precision matrix-product rate through torch.mm (OpenBLAS): a large square product (the machine's
    ceiling) and the shape of one recurrent step of training, [B, H] x [H, 4H]."""
    shapes = [("gemm-square", 1024, 1024, 1024), ("gemm-step", ARGS.batch, ARGS.hidden, 4 * ARGS.hidden)]
    for name, m, k, n in shapes:
        a, b = torch.randn(m, k), torch.randn(k, n)
        out = torch.empty(m, n)
        flop = 2.0 * m * k * n
        reps = max(1, int(2e9 / flop))          # about 2 GFLOP per timed iteration
        for _ in range(ARGS.warmup):
            torch.mm(a, b, out=out)
        rates, seconds = [], []
        for _ in range(max(ARGS.iterations, 3)):
            t0 = time.perf_counter()
            for _ in range(reps):
                torch.mm(a, b, out=out)
            dt = time.perf_counter() - t0
            rates.append(reps * flop / dt / 1e9)
            seconds.append(dt / reps)
        emit(name, m, 0, rates, "GFLOP/s", seconds, shape=[m, k, n])


# ----------------------------------------------------------------------------------------------- checks

def direct_nll(y, targets, m=MIXTURES):
    """The textbook formula, exponentiating and summing (only for small well-behaved values, in double)."""
    e_hat, pi_hat, mu1, mu2, s1, s2, rho_hat = split_output(y, m)
    x1, x2, pen = targets[..., 0:1], targets[..., 1:2], targets[..., 2]
    pi = torch.softmax(pi_hat, -1)
    sd1, sd2, rho = torch.exp(s1), torch.exp(s2), RHO_LIMIT * torch.tanh(rho_hat)
    z = ((x1 - mu1) / sd1) ** 2 + ((x2 - mu2) / sd2) ** 2 - 2 * rho * (x1 - mu1) * (x2 - mu2) / (sd1 * sd2)
    n = torch.exp(-z / (2 * (1 - rho ** 2))) / (2 * math.pi * sd1 * sd2 * torch.sqrt(1 - rho ** 2))
    e = torch.sigmoid(e_hat)
    return -(torch.log((pi * n).sum(-1)) + torch.log(torch.where(pen > 0.5, e, 1 - e))).sum()


def run_checks():
    hidden, batch, steps, chars = ARGS.hidden, min(ARGS.batch, 4), min(ARGS.steps, 30), min(ARGS.chars, 12)
    torch.manual_seed(ARGS.seed)
    # 1. the mixture NLL in log space equals the direct formula on moderate values
    g = torch.Generator().manual_seed(3)
    y = torch.randn(7, 1 + 6 * MIXTURES, generator=g, dtype=torch.float64) * 0.5
    tg = torch.randn(7, 3, generator=g, dtype=torch.float64)
    tg[:, 2] = (torch.rand(7, generator=g) < 0.3).double()
    a = mixture_nll(y, tg, torch.ones(7, dtype=torch.float64)).item()
    b = direct_nll(y, tg).item()
    ok_nll = abs(a - b) <= 1e-9 * max(1.0, abs(b))
    # extreme outputs stay finite in log space
    y_big = y * 200
    finite = bool(torch.isfinite(mixture_nll(y_big, tg, torch.ones(7, dtype=torch.float64))))

    # 2. the two training variants compute the same loss and gradients from the same weights
    cellnet = Synthesis(hidden, sequence_layers=False)
    seqnet = Synthesis(hidden, sequence_layers=True)
    with torch.no_grad():
        seqnet.cell1.load_state_dict(cellnet.cell1.state_dict())
        seqnet.window.load_state_dict(cellnet.window.state_dict())
        seqnet.out.load_state_dict(cellnet.out.state_dict())
        for cell, lstm in ((cellnet.cell2, seqnet.lstm2), (cellnet.cell3, seqnet.lstm3)):
            for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(lstm, n + "_l0").copy_(getattr(cell, n))
    x, targets, mask, onehot = random_batch(batch, steps, chars, seed=11)
    la = mixture_nll(cellnet(x, onehot), targets, mask)
    lb = mixture_nll(seqnet(x, onehot), targets, mask)
    la.backward()
    lb.backward()
    pairs = [(cellnet.cell1.weight_hh.grad, seqnet.cell1.weight_hh.grad),
             (cellnet.window.linear.weight.grad, seqnet.window.linear.weight.grad),
             (cellnet.cell2.weight_ih.grad, seqnet.lstm2.weight_ih_l0.grad),
             (cellnet.cell3.weight_hh.grad, seqnet.lstm3.weight_hh_l0.grad),
             (cellnet.out.weight.grad, seqnet.out.weight.grad)]
    grad_diff = max(((p - q).abs().max() / (p.abs().max() + 1e-12)).item() for p, q in pairs)
    ok_variants = abs(la.item() - lb.item()) <= 1e-4 * abs(la.item()) and grad_diff < 1e-3
    # every parameter receives a non-zero gradient (the window's included)
    dead = [n for n, p in cellnet.named_parameters() if p.grad is None or p.grad.abs().sum() == 0]

    # 3. gradients flow: the loss falls over Adam steps on one fixed batch
    curves = {}
    for variant, net in (("lstmcell", Synthesis(hidden, sequence_layers=False)),
                         ("lstm23", Synthesis(hidden, sequence_layers=True))):
        opt = torch.optim.Adam(net.parameters(), lr=1e-2)
        losses = []
        for _ in range(25):
            opt.zero_grad()
            y = clip_output_gradient(net(x, onehot))
            loss = mixture_nll(y, targets, mask)
            loss.backward()
            opt.step()
            losses.append(loss.item() / (batch * steps))
        curves[variant] = losses
    ok_falls = all(c[-1] < c[0] - 0.1 for c in curves.values())

    # 4. sampling runs and produces finite ink
    ink, _ = sample_lines(cellnet, onehot[:2], 20, ARGS.bias, torch.Generator().manual_seed(1))
    ok_sample = bool(torch.isfinite(ink).all()) and ink.shape == (20, 2, 3)

    result = {"check": "pytorch_reference", "hidden": hidden, "batch": batch, "steps": steps,
              "nll_log_space": round(a, 6), "nll_direct": round(b, 6), "nll_agree": ok_nll,
              "nll_finite_at_extremes": finite,
              "variant_loss": [round(la.item(), 4), round(lb.item(), 4)], "variant_grad_rel_diff": grad_diff,
              "variants_agree": ok_variants, "params_without_gradient": dead,
              "loss_per_step_first_last": {k: [round(v[0], 3), round(v[-1], 3)] for k, v in curves.items()},
              "loss_falls": ok_falls, "sampling_finite": ok_sample}
    print(json.dumps(result), flush=True)
    return ok_nll and finite and ok_variants and not dead and ok_falls and ok_sample


def main():
    torch.set_num_threads(ARGS.threads)
    log(f"torch {torch.__version__}, threads {torch.get_num_threads()}, "
        f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}, OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')}")
    if ARGS.what == "check":
        sys.exit(0 if run_checks() else 1)
    if ARGS.what == "gemm":
        measure_gemm()
        return
    if ARGS.what in ("train", "all"):
        for v in ARGS.variants.split(","):
            if v not in ("lstmcell", "lstm23"):
                sys.exit(f"unknown variant {v}")
            measure_training(v)
    if ARGS.what in ("sample", "all"):
        for b in ARGS.sample_batches.split(","):
            measure_sampling(int(b))


if __name__ == "__main__":
    main()
