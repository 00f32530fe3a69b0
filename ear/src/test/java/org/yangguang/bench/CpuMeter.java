package org.yangguang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a measured period (Linux {@code /proc}): the application
 * server's JVM (less the load clients' threads, which run in it), the database server, and the
 * whole machine. Shows what an operation costs, so a throughput figure can be read against the
 * cores there are.
 */
final class CpuMeter {
    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final long jvm;
    private final long database;
    private final long machineBusy;
    private final long machineAll;
    private final long machineStolen;
    private final Optional<Long> databasePid;

    private CpuMeter(Optional<Long> databasePid) {
        this.databasePid = databasePid;
        this.jvm = processTicks(ProcessHandle.current().pid());
        this.database = databasePid.map(CpuMeter::processTicks).orElse(0L);
        long[] m = machineTicks();
        this.machineBusy = m[0];
        this.machineAll = m[1];
        this.machineStolen = m[2];
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/stat"));
    }

    static CpuMeter start() {
        return new CpuMeter(databaseServer());
    }

    /**
     * One line: CPU milliseconds per operation in each process, and how busy the machine was.
     * {@code clientCpuNanos} is what the load clients' threads used (they run in this JVM).
     */
    String perOperation(long operations, long clientCpuNanos) {
        CpuMeter end = new CpuMeter(databasePid);
        double jvmMs = (end.jvm - jvm) * 1000 / TICKS;
        double clientMs = clientCpuNanos / 1e6;
        double dbMs = (end.database - database) * 1000 / TICKS;
        double busy = 100.0 * (end.machineBusy - machineBusy) / Math.max(1, end.machineAll - machineAll);
        double stolen = 100.0 * (end.machineStolen - machineStolen) / Math.max(1, end.machineAll - machineAll);
        return String.format(Locale.ROOT, "CPU per operation: application server %.1f ms, load clients %.1f ms, database %s;"
                + " machine busy %.0f %% of %d cores (%.0f %% taken by the hypervisor)", (jvmMs - clientMs) / operations,
                clientMs / operations,
                databasePid.isPresent() ? String.format(Locale.ROOT, "%.1f ms", dbMs / operations) : "not on this machine",
                busy, Runtime.getRuntime().availableProcessors(), stolen);
    }

    private static Optional<Long> databaseServer() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).filter(p -> {
                try {
                    String comm = Files.readString(p.resolve("comm")).trim();
                    return comm.equals("mariadbd") || comm.equals("mysqld");
                } catch (IOException e) {
                    return false;
                }
            }).map(p -> Long.parseLong(p.getFileName().toString())).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** utime + stime of a process, in ticks. */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Busy, all and stolen ticks of the machine (steal: a virtual machine's CPU given to others). */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) all += Long.parseLong(f[i]); // user .. steal (guest is within user)
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new long[] {all - idle, all, steal};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 1, 0};
        }
    }
}
