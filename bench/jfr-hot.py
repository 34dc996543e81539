#!/usr/bin/env python3
"""Where the CPU samples of a JFR recording went: threads, top self frames, top inclusive frames (by method).

    python3 bench/jfr-hot.py RECORDING.jfr [TOP] [FRAME-FILTER]

Reads `jfr print --events jdk.ExecutionSample --stack-depth 300` (JDK 17 has no `jfr view`). Record with a deep
stack (`-XX:FlightRecorderOptions=stackdepth=256`, the default 64 cuts Spring's filter chains) and execution samples
only (the `profile` settings' allocation and lock events with deep stacks made the server several times slower
here); FRAME-FILTER keeps only samples with a frame containing that text (e.g. EvaluationController.submitBody).
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
only = sys.argv[3] if len(sys.argv) > 3 else None
text = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '300', recording],
                      capture_output=True, text=True, check=True).stdout
samples, stack, thread = [], None, None
for line in text.splitlines():
    s = line.strip()
    if s.startswith('sampledThread'):
        thread = re.sub(r'\d+', 'N', s.split('=', 1)[1].split('(')[0].strip())
    elif s == 'stackTrace = [':
        stack = []
    elif stack is not None and s == ']':
        samples.append((thread, stack))
        stack = None
    elif stack is not None and s != '...':
        stack.append(re.sub(r'\(.*\)$', '', re.sub(r'\s+line:.*$', '', s)))
if only:
    samples = [(t, st) for t, st in samples if any(only in frame for frame in st)]
total = len(samples) or 1
own = collections.Counter(st[0] for _, st in samples if st)
inclusive = collections.Counter(frame for _, st in samples for frame in set(st))
threads = collections.Counter(t for t, _ in samples)
print(f'{len(samples)} samples' + (f' with a frame containing {only}' if only else ''))
for title, counts, n in (('threads', threads, 10), ('self', own, top), ('inclusive', inclusive, top * 2)):
    print(f'-- {title}')
    for key, count in counts.most_common(n):
        print(f'{count:7d} {100 * count / total:5.1f}% {key}')
