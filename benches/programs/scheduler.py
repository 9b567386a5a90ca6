"""An ordinary program: a cooperative operating-system kernel simulation in the spirit of the
classic "Richards" benchmark (written from scratch): prioritised tasks in a run queue exchange
message packets through mailboxes, block waiting for mail, get held and released, and a
clock task drives simulated devices.

Exercises method calls through a class hierarchy, attribute-heavy objects, linked structures,
small-int state flags with bit operations, and lots of short branches.
"""

RUNNABLE = 1
WAITING = 2
HELD = 4

WORK = 0
IO = 1


class Packet:
    def __init__(self, kind, owner, size=4):
        self.kind = kind
        self.owner = owner      # id of the task that recycles this packet
        self.payload = [0] * size
        self.cursor = 0
        self.next = None


class Mailbox:
    """A FIFO of packets kept as a singly linked list."""

    def __init__(self):
        self.head = None
        self.tail = None
        self.length = 0

    def put(self, packet):
        packet.next = None
        if self.tail is None:
            self.head = self.tail = packet
        else:
            self.tail.next = packet
            self.tail = packet
        self.length += 1

    def take(self):
        packet = self.head
        self.head = packet.next
        if self.head is None:
            self.tail = None
        packet.next = None
        self.length -= 1
        return packet

    def __bool__(self):
        return self.head is not None


class Task:
    def __init__(self, kernel, ident, priority):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.mailbox = Mailbox()
        self.state = RUNNABLE
        self.runs = 0

    def ready(self):
        return self.state & RUNNABLE and not self.state & HELD

    def step(self):
        """Run once; returns nothing. Subclasses decide what to do with their mail."""
        raise NotImplementedError


class Clock(Task):
    """Lowest priority: ticks, alternately pokes the two device handlers."""

    def __init__(self, kernel, ident, priority, ticks):
        super().__init__(kernel, ident, priority)
        self.ticks = ticks
        self.seed = 12345

    def step(self):
        self.ticks -= 1
        if self.ticks == 0:
            self.kernel.stop()
            return
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        target = self.kernel.devices[(self.seed >> 12) & 1]
        self.kernel.release(target.ident)


class Producer(Task):
    """Fills work packets with letters and routes them to the two handlers in turn."""

    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority)
        self.letter = 0
        self.route = 0

    def step(self):
        if not self.mailbox:
            self.kernel.wait(self)
            return
        packet = self.mailbox.take()
        self.route = 1 - self.route
        for i in range(len(packet.payload)):
            packet.payload[i] = 65 + self.letter
            self.letter = (self.letter + 1) % 26
        packet.cursor = 0
        self.kernel.send(packet, self.kernel.handlers[self.route].ident)


class Handler(Task):
    """Pairs a work packet with an I/O packet and feeds the work to its device byte by byte."""

    def __init__(self, kernel, ident, priority, device):
        super().__init__(kernel, ident, priority)
        self.device = device
        self.work = Mailbox()
        self.io = Mailbox()

    def step(self):
        while self.mailbox:
            packet = self.mailbox.take()
            (self.work if packet.kind == WORK else self.io).put(packet)
        if not self.work or not self.io:
            self.kernel.wait(self)
            return
        work = self.work.head
        if work.cursor >= len(work.payload):
            self.work.take()
            self.kernel.send(work, work.owner)
            return
        io = self.io.take()
        io.payload[0] = work.payload[work.cursor]
        work.cursor += 1
        self.kernel.send(io, self.device.ident)


class Device(Task):
    """Held until the clock releases it; then echoes one byte and returns the I/O packet."""

    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority)
        self.output = 0
        self.handler = None

    def step(self):
        if not self.mailbox:
            self.kernel.wait(self)
            return
        packet = self.mailbox.take()
        self.output = (self.output * 31 + packet.payload[0]) % 1_000_003
        self.kernel.hold(self)
        self.kernel.send(packet, self.handler.ident)


class Kernel:
    def __init__(self):
        self.tasks = {}
        self.queue = []          # tasks by descending priority
        self.running = True
        self.switches = 0
        self.messages = 0
        self.devices = []
        self.handlers = []

    def add(self, task):
        self.tasks[task.ident] = task
        self.queue.append(task)
        self.queue.sort(key=lambda t: -t.priority)
        return task

    def stop(self):
        self.running = False

    def wait(self, task):
        if not task.mailbox:
            task.state &= ~RUNNABLE
            task.state |= WAITING

    def hold(self, task):
        task.state |= HELD

    def release(self, ident):
        self.tasks[ident].state &= ~HELD

    def send(self, packet, ident):
        self.messages += 1
        target = self.tasks[ident]
        target.mailbox.put(packet)
        if target.state & WAITING:
            target.state = (target.state & ~WAITING) | RUNNABLE

    def run(self):
        while self.running:
            for task in self.queue:
                if task.ready():
                    break
            else:
                raise RuntimeError("deadlock")
            task.runs += 1
            self.switches += 1
            task.step()


def simulate(ticks, packets):
    kernel = Kernel()
    clock = kernel.add(Clock(kernel, 1, 0, ticks))
    producer = kernel.add(Producer(kernel, 2, 10))
    devices = [kernel.add(Device(kernel, 5 + k, 40)) for k in range(2)]
    handlers = [kernel.add(Handler(kernel, 3 + k, 30, devices[k])) for k in range(2)]
    for k in range(2):
        devices[k].handler = handlers[k]
    kernel.devices = devices
    kernel.handlers = handlers
    for n in range(packets):
        kernel.send(Packet(WORK, producer.ident, 4 + n % 5), producer.ident)
    for k in range(2):
        for _ in range(3):
            kernel.send(Packet(IO, handlers[k].ident, 1), handlers[k].ident)
    kernel.run()
    runs = {type(t).__name__ + str(t.ident): t.runs for t in kernel.queue}
    return kernel, clock, devices, runs


def main():
    total_switches = 0
    for round_no in range(6):
        kernel, clock, devices, runs = simulate(30_000 + 5_000 * round_no, 2 + round_no)
        total_switches += kernel.switches
        if round_no == 5:
            print("last round: %d switches, %d messages" % (kernel.switches, kernel.messages))
            print("runs: " + ", ".join("%s=%d" % kv for kv in runs.items()))
            print("device output: %d, %d" % (devices[0].output, devices[1].output))
    print("total switches: %d" % total_switches)


if __name__ == "__main__":
    main()
