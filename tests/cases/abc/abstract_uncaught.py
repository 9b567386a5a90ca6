# Instantiating an abstract collection dies with CPython's message.
from collections.abc import MutableMapping


class Half(MutableMapping):
    def __getitem__(self, key):
        return key

    def __len__(self):
        return 0


print("abstracts", sorted(Half.__abstractmethods__))
print("isinstance before", isinstance({}, MutableMapping))
Half()
print("not reached")
