"""The M/M/c model in SimPy, the peer baseline for SimKit's MMcSimulation.

Same model: Poisson arrivals at rate lambda, c servers of rate mu, one FIFO
line (simpy.Resource), statistics on every customer. Written the idiomatic
SimPy way (a process per customer), as SimPy's own examples do.

Usage: python3 mmc_simpy.py LAMBDA MU C CUSTOMERS SEED
Prints one line: customers=N seconds=S customers_per_second=R mean_wait=W
"""
import random
import sys
import time

import simpy


def run(lam, mu, c, customers, seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=c)
    waits = [0.0, 0]  # sum, count

    def customer(env):
        arrived = env.now
        with servers.request() as request:
            yield request
            waits[0] += env.now - arrived
            waits[1] += 1
            yield env.timeout(rng.expovariate(mu))

    def source(env):
        for _ in range(customers):
            yield env.timeout(rng.expovariate(lam))
            env.process(customer(env))

    env.process(source(env))
    env.run()
    return waits[0] / waits[1], waits[1]


def main():
    lam, mu = float(sys.argv[1]), float(sys.argv[2])
    c, customers, seed = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    start = time.perf_counter()
    mean_wait, served = run(lam, mu, c, customers, seed)
    seconds = time.perf_counter() - start
    assert served == customers, "every customer must be served"
    print(
        f"customers={customers} seconds={seconds:.3f} "
        f"customers_per_second={customers / seconds:.0f} mean_wait={mean_wait:.6f}"
    )


if __name__ == "__main__":
    main()
