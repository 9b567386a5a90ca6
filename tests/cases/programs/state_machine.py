TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("idle", "push"): "idle",
}

class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []
    def feed(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"no transition from {self.state!r} on {event!r}")
        if event == "coin":
            self.credit += 1
        if event == "push" and self.state == "ready":
            self.credit -= 1
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old}-{event}->{self.state}")
        return self.state

m = Machine()
for ev in ["push", "coin", "coin", "push", "done", "done", "coin"]:
    try:
        print(ev, "=>", m.feed(ev), "credit", m.credit)
    except ValueError as e:
        print(ev, "=> error:", e)
print(m.log)
print(len(m.log), m.state)
counts = {}
for entry in m.log:
    ev = entry.split("-")[1]
    counts[ev] = counts.get(ev, 0) + 1
print(counts)
