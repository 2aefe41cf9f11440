#!/usr/bin/env python3
"""Times `uprsite serve` from a factsheet edit to the edited page being served.

Starts the tool's `serve` on a copy of an input folder, then, EDITS times: appends a line with a fresh marker to a
factsheet, notes the time once the file is closed, and polls the factsheet's page over HTTP (one kept-alive
connection, 5 ms between requests) until the marker is in it. Prints each edit's latency and the serve process's
CPU time over it (user + system, from /proc), then the medians. The copy is deleted at the end.

usage: bench/measure-serve-edit.py [--tool PATH] [--input DIR] [--theme DIR] [--factsheet countries/kh/factsheets/land.en.md]
                                   [--page en/countries/kh/factsheets/land/] [--edits 7] [--port 5391]
"""
import argparse, http.client, os, re, shutil, statistics, subprocess, sys, tempfile, time

def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def fetch(connection, page):
    connection.request("GET", "/" + page)
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace")

def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", default=os.path.join(here, "src/UprSite.Cli/bin/Release/net10.0/uprsite"))
    parser.add_argument("--input", default=os.path.join(here, "input"))
    parser.add_argument("--theme", default=os.path.join(here, "theme"))
    parser.add_argument("--factsheet", default="countries/kh/factsheets/land.en.md")
    parser.add_argument("--page", default="en/countries/kh/factsheets/land/")
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--port", type=int, default=5391)
    parser.add_argument("--start-timeout", type=float, default=1800)
    parser.add_argument("--edit-timeout", type=float, default=120)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="uprsite-serve-edit-")
    site = os.path.join(work, "input")
    shutil.copytree(args.input, site)
    log = open(os.path.join(work, "serve.log"), "w+")
    serve = subprocess.Popen([args.tool, "serve", "--input", site, "--theme", args.theme, "--output", os.path.join(work, "_site"),
                              "--port", str(args.port)], stdout=log, stderr=subprocess.STDOUT, cwd=work)
    try:
        started = time.monotonic()
        while "Serving on" not in open(log.name).read():
            if serve.poll() is not None or time.monotonic() - started > args.start_timeout:
                sys.exit("serve did not start:\n" + open(log.name).read())
            time.sleep(0.2)
        print(f"first build and start: {time.monotonic() - started:.1f} s wall", flush=True)
        connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
        status, _ = fetch(connection, args.page)
        if status != 200:
            sys.exit(f"/{args.page} answered {status}; pass --page for the factsheet's address")
        latencies, cpus = [], []
        for edit in range(1, args.edits + 1):
            time.sleep(1.0)
            marker = f"Edit marker {edit} {time.time_ns()}"
            cpu_before = cpu_seconds(serve.pid)
            with open(os.path.join(site, args.factsheet), "a", encoding="utf-8") as file:
                file.write(f"\n{marker}\n")
            written = time.perf_counter()
            while True:
                status, body = fetch(connection, args.page)
                if status == 200 and marker in body:
                    break
                if time.perf_counter() - written > args.edit_timeout:
                    sys.exit(f"edit {edit} was not served within {args.edit_timeout:.0f} s:\n" + open(log.name).read()[-3000:])
                time.sleep(0.005)  # so that answering the polls does not take the CPU the rebuild needs
            latency = (time.perf_counter() - written) * 1000
            time.sleep(0.3)  # the preview writes the output folder after serving: count its CPU too
            cpu = (cpu_seconds(serve.pid) - cpu_before) * 1000
            latencies.append(latency)
            cpus.append(cpu)
            built = re.findall(r"Built .*", open(log.name).read())
            print(f"edit {edit}: served after {latency:.0f} ms; serve CPU {cpu:.0f} ms; {built[-1] if built else ''}", flush=True)
        print(f"median of {args.edits} edits: served after {statistics.median(latencies):.0f} ms "
              f"(min {min(latencies):.0f}, max {max(latencies):.0f}); serve CPU {statistics.median(cpus):.0f} ms; "
              f"load average {os.getloadavg()[0]:.1f}")
    finally:
        serve.terminate()
        try:
            serve.wait(timeout=30)
        except subprocess.TimeoutExpired:
            serve.kill()
        shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()
