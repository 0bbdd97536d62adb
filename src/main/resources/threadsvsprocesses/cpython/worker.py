"""The suite's CPython worker: the JVM's three workloads under CPython's own models, one operation per request.

Shipped inside benchmarks.jar and started once per JMH trial by threadsvsprocesses.cpython.PythonWorker (for
CpythonBenchmark), which checks every answer against the JVM's checksum. It reads one request per line on stdin
and answers each with one line on stdout:

    run <workload> <size> <model> <workers> <sleepMillis>   ->   ok <checksum>   or   error <one line>

workload: countdown (size = steps, a multiple of 10,000), squares (size = terms) or sleep (size = tasks);
model: single, thread, process-fork, process-forkserver, process-spawn or pool. The checksum is the JVM's, bit for
bit (threadsvsprocesses.workload): the same xorshift64 steps over the same blocks, the same wrapping sum of squares,
the same small result per sleep task, summed modulo 2**64 and printed as a signed 64-bit number.

It ends when stdin closes, and takes every process it started with it: pools are terminated, processes are
daemons, and every process of ours (this one and each multiprocessing child) runs a watchdog thread that exits
the moment its parent's pid changes, i.e. its parent died and it was re-parented.

TVP_PY_FAULT=crash|hang|garbage makes the first run request fail that way, for the suite's own tests.
"""

import multiprocessing
import os
import queue
import sys
import threading
import time

MASK = 0xFFFFFFFFFFFFFFFF
STEPS_PER_BLOCK = 10_000
INPUT_LENGTH = 7
FAULT_VARIABLE = "TVP_PY_FAULT"
START_METHODS = {"process-fork": "fork", "process-forkserver": "forkserver", "process-spawn": "spawn"}


# ---- the workloads: threadsvsprocesses.workload, ported step for step ----

def seed(block):
    """Countdown.seed: splitmix64 of the block number, never zero."""
    z = (block + 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    z = z ^ (z >> 31)
    return 1 if z == 0 else z


def countdown(n, x):
    """Countdown.countdown: the seed's `while n > 0: n -= 1`, each step one xorshift64 round (Java's >>> is >> on
    an unsigned value; the left shifts are masked back to 64 bits)."""
    while n > 0:
        x ^= (x << 13) & MASK
        x ^= x >> 7
        x ^= (x << 17) & MASK
        n -= 1
    return x


def count_blocks(first, last):
    checksum = 0
    for block in range(first, last):
        checksum += countdown(STEPS_PER_BLOCK, seed(block))
    return checksum & MASK


def sum_of_squares(first, last):
    """Squares.sumOfSquares: the seeds' `for i in range(n): i * i`, summed (reduced modulo 2**64 at the end, which
    equals Java's wrapping sum)."""
    total = 0
    for i in range(first, last):
        total += i * i
    return total & MASK


def raise_to(task):
    """SleepTasks.raiseTo: sum(x ** y for x in [1+t .. 7+t]) with y = 2 for even t and 3 for odd t."""
    power = 2 + (task & 1)
    return sum(x ** power for x in range(1 + task, INPUT_LENGTH + task + 1))


def sleep_tasks(first, last, sleep_millis):
    checksum = 0
    for task in range(first, last):
        time.sleep(sleep_millis / 1000.0)
        checksum += raise_to(task)
    return checksum & MASK


def run_job(job):
    """One job, (workload, first unit, last unit exclusive, sleepMillis): its checksum modulo 2**64."""
    workload, first, last, sleep_millis = job
    if workload == "countdown":
        return count_blocks(first, last)
    if workload == "squares":
        return sum_of_squares(first, last)
    return sleep_tasks(first, last, sleep_millis)


def units(workload, size):
    """Workload.units: blocks of the countdown, terms of the squares, sleep tasks."""
    if size <= 0:
        raise ValueError("%s size must be positive, got %d" % (workload, size))
    if workload == "countdown":
        if size % STEPS_PER_BLOCK != 0:
            raise ValueError("countdown count must be a positive multiple of %d, got %d" % (STEPS_PER_BLOCK, size))
        return size // STEPS_PER_BLOCK
    if workload in ("squares", "sleep"):
        return size
    raise ValueError("unknown workload '%s'; accepted: countdown, squares, sleep" % workload)


def split(workload, unit_count, parts, sleep_millis):
    """Job.split: parts contiguous ranges whose sizes differ by at most one unit."""
    return [(workload, unit_count * i // parts, unit_count * (i + 1) // parts, sleep_millis) for i in range(parts)]


def jobs_for(workload, size, model, workers, sleep_millis):
    """The JVM benchmarks' cut: one job on single; the sleep tasks one per thread or process; else one per worker
    (the pool's sleep tasks over at most as many workers as tasks)."""
    unit_count = units(workload, size)
    if model == "single":
        return split(workload, unit_count, 1, sleep_millis)
    if workload == "sleep":
        if model == "pool":
            return split(workload, unit_count, min(workers, unit_count), sleep_millis)
        return split(workload, unit_count, unit_count, sleep_millis)
    return split(workload, unit_count, workers, sleep_millis)


# ---- staying alive only as long as the parent ----

def watch_parent():
    """A daemon thread that exits this process as soon as its parent is gone (re-parented: getppid changes)."""
    parent = os.getppid()

    def watch():
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.2)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def child_main(job, sender):
    """A multiprocessing.Process's body: watch the parent, run the job, send its checksum back."""
    watch_parent()
    sender.send(run_job(job))
    sender.close()


# ---- the models ----

def run_single(jobs):
    return sum(run_job(job) for job in jobs)


def run_threads(jobs):
    results = [0] * len(jobs)

    def body(i):
        results[i] = run_job(jobs[i])

    threads = [threading.Thread(target=body, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(results)


def run_processes(jobs, method):
    context = multiprocessing.get_context(method)
    pipes = [context.Pipe(duplex=False) for _ in jobs]
    processes = [context.Process(target=child_main, args=(job, sender), daemon=True)
                 for job, (_, sender) in zip(jobs, pipes)]
    for p in processes:
        p.start()
    for _, sender in pipes:
        sender.close()  # the child holds its own end; ours closed, a dead child shows as EOF below
    total = 0
    try:
        for p, (receiver, _) in zip(processes, pipes):
            try:
                total += receiver.recv()
            except EOFError:
                p.join()
                raise RuntimeError("process pid %d exited with code %s before answering" % (p.pid, p.exitcode))
    finally:
        for p in processes:
            if p.is_alive():
                p.terminate()
            p.join()
    return total


class Pools:
    """One multiprocessing.Pool per worker count, started at the first request that needs it and kept, as the
    JVM's process pool keeps its warm JVMs for the trial."""

    def __init__(self):
        self.pools = {}

    def get(self, workers):
        if workers not in self.pools:
            self.pools[workers] = multiprocessing.Pool(workers, initializer=watch_parent)
        return self.pools[workers]

    def terminate(self):
        for p in self.pools.values():
            p.terminate()


POOLS = Pools()


def run_pool(jobs, workers):
    return sum(POOLS.get(workers).map(run_job, jobs))


def operate(workload, size, model, workers, sleep_millis):
    if workers < 1:
        raise ValueError("workers must be at least 1, got %d" % workers)
    if sleep_millis < 0:
        raise ValueError("sleepMillis must not be negative, got %d" % sleep_millis)
    if model not in ("single", "thread", "pool") and model not in START_METHODS:
        raise ValueError("unknown model '%s'; accepted: single, thread, %s, pool" % (model, ", ".join(START_METHODS)))
    jobs = jobs_for(workload, size, model, workers, sleep_millis)
    if model == "single":
        total = run_single(jobs)
    elif model == "thread":
        total = run_threads(jobs)
    elif model == "pool":
        total = run_pool(jobs, workers)
    else:
        total = run_processes(jobs, START_METHODS[model])
    total &= MASK
    return total - (1 << 64) if total >= 1 << 63 else total


# ---- the protocol ----

def answer(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def inject_fault():
    fault = os.environ.get(FAULT_VARIABLE, "")
    if fault == "crash":
        os._exit(7)
    if fault == "hang":
        while True:
            time.sleep(60)
    if fault == "garbage":
        answer("\x01 this is not an answer")
        return True
    return False


def stop(code):
    """Ends this process and everything it started. Children are reaped here, and the forkserver (if one was
    started) is stopped and reaped too: an exit that left it to init would orphan it for a moment, and the CPU of
    the children it reaped would escape the run's own accounting and read as another process's (a noisy cell)."""
    def tidy():
        POOLS.terminate()
        for child in multiprocessing.active_children():
            child.terminate()
        for child in multiprocessing.active_children():
            child.join(1)
        try:
            from multiprocessing import forkserver
            forkserver._forkserver._stop()
        except Exception:
            pass

    t = threading.Thread(target=tidy, daemon=True)
    t.start()
    t.join(3)  # whatever still hangs then goes with this process; its watchdog ends it
    os._exit(code)


def read_stdin(lines):
    """Stdin is read by a thread so that its end stops this process at once, even in the middle of a request. It
    reads file descriptor 0 with os.read, never through sys.stdin: a fork while this thread blocked inside
    sys.stdin would copy its held lock into the child, whose multiprocessing start-up closes sys.stdin and would
    wait on that lock for ever (sys.stdin is set to None in main, so the children leave it alone)."""
    pending = b""
    while True:
        chunk = os.read(0, 65536)
        if not chunk:
            break
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            lines.put(line.decode("utf-8", "replace"))
    stop(0)


def main():
    watch_parent()
    sys.stdin = None
    lines = queue.Queue()
    threading.Thread(target=read_stdin, args=(lines,), name="stdin-watcher", daemon=True).start()
    faulted = False
    while True:
        words = lines.get().split()
        if not words:
            continue
        try:
            if words[0] != "run" or len(words) != 6:
                raise ValueError("expected 'run <workload> <size> <model> <workers> <sleepMillis>', got '%s'"
                                 % " ".join(words)[:80])
            if not faulted:
                faulted = True
                if inject_fault():
                    continue
            checksum = operate(words[1], int(words[2]), words[3], int(words[4]), int(words[5]))
            answer("ok %d" % checksum)
        except Exception as e:  # every failure is one line back; the next request is still served
            answer("error " + (" ".join(str(e).split()) or type(e).__name__))


if __name__ == "__main__":
    main()
