"""What every benchmark run records about the machine it ran on."""
import os, platform


def machine():
    """Host, CPU count and model, memory, load average and `uname -a`."""
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    uname = " ".join(platform.uname())
    return (f"{platform.node()}: nproc {os.cpu_count()}, {cpu}, {mem:.0f} GiB, load average {load}; "
            f"uname -a: {uname}")
