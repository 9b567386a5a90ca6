"""Class-heavy program: an inventory and order-processing simulation built on the object model.

A catalogue of products comes from a class hierarchy up to five levels deep with mixins
(cooperative __init__ through super() chains, C3 method resolution order); customers sit in
membership tiers; orders are container objects; an event bus passes events to handler classes
that registered themselves with __init_subclass__. Every simulated day customers place orders,
the warehouse fills them from stock, walks a picking route, charges tax and shipping, throws
away expired goods and restocks.

Exercises instance and class attribute access (also inherited through several levels), method
calls resolved through deep hierarchies and super() chains through up to six classes,
properties with getters and setters and computed properties, classmethods (also reached through
super()) and staticmethods, isinstance/issubclass against deep hierarchies and tuples of
classes, __slots__ classes (one inheriting slots) next to __dict__ classes, operator dunders
(__eq__, __lt__, __hash__ in dicts, sets and sorts, __add__/__radd__/__sub__/__mul__, __len__,
__getitem__, __iter__, __contains__, __repr__), a validated-field descriptor with __set_name__,
and dataclass-like plain classes.
"""


# ---------------------------------------------------------------- small value classes


class Rng:
    """Deterministic linear congruential generator."""

    __slots__ = ("state",)

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def chance(self, percent):
        return self.below(100) < percent


class Money:
    """An amount in integer cents; immutable by convention."""

    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    @staticmethod
    def parse(text):
        dollars, _, cents = text.partition(".")
        return Money(int(dollars) * 100 + int((cents + "00")[:2]))

    @classmethod
    def zero(cls):
        return cls(0)

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, qty):
        return Money(self.cents * qty)

    __rmul__ = __mul__

    def percent(self, basis_points):
        return Money((self.cents * basis_points + 5000) // 10000)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        dollars, cents = divmod(abs(self.cents), 100)
        return "%s$%d.%02d" % (sign, dollars, cents)


FAMILY_CODES = ["GEN", "PHY", "PER", "DAI", "CHE", "AGE", "GLA", "WIN", "DIG", "EBK", "SUB"]


class Sku:
    __slots__ = ("family", "number")

    def __init__(self, family, number):
        self.family = family
        self.number = number

    def __eq__(self, other):
        return self.family == other.family and self.number == other.number

    def __lt__(self, other):
        if self.family != other.family:
            return self.family < other.family
        return self.number < other.number

    def __hash__(self):
        return self.family * 100003 + self.number

    def __repr__(self):
        return "%s-%04d" % (FAMILY_CODES[self.family], self.number)


class Location:
    __slots__ = ("aisle", "shelf")

    def __init__(self, aisle, shelf):
        self.aisle = aisle
        self.shelf = shelf

    def distance(self, other):
        if self.aisle == other.aisle:
            return abs(self.shelf - other.shelf)
        # walk to the end of the aisle, across, and back in
        return abs(self.aisle - other.aisle) * 3 + min(self.shelf + other.shelf,
                                                     40 - self.shelf - other.shelf)


class Bin(Location):
    """A location with a slot number: slots inherited from Location plus one of its own."""

    __slots__ = ("slot",)

    def __init__(self, aisle, shelf, slot):
        super().__init__(aisle, shelf)
        self.slot = slot

    @classmethod
    def from_index(cls, index):
        aisle, rest = divmod(index, 60)
        shelf, slot = divmod(rest, 3)
        return cls(aisle, shelf, slot)

    def __lt__(self, other):
        if self.aisle != other.aisle:
            return self.aisle < other.aisle
        # serpentine route: odd aisles are walked backwards
        if self.shelf != other.shelf:
            return (self.shelf > other.shelf) if self.aisle & 1 else (self.shelf < other.shelf)
        return self.slot < other.slot

    def __eq__(self, other):
        return (self.aisle == other.aisle and self.shelf == other.shelf
                and self.slot == other.slot)

    def __hash__(self):
        return (self.aisle * 64 + self.shelf) * 4 + self.slot

    def __repr__(self):
        return "Bin(%d, %d, %d)" % (self.aisle, self.shelf, self.slot)


class Field:
    """A validated data descriptor keeping its value in the instance dict under a private name."""

    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum
        self.name = None
        self.key = None

    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
        self.key = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.key]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        if self.minimum is not None and value < self.minimum:
            raise ValueError("%s must be at least %r" % (self.name, self.minimum))
        obj.__dict__[self.key] = value


class Batch:
    """Dataclass-like: a quantity of perishable stock and the day it expires."""

    def __init__(self, expires, qty):
        self.expires = expires
        self.qty = qty

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.expires, self.qty) == (other.expires, other.qty)

    def __hash__(self):
        return hash((self.expires, self.qty))

    def __repr__(self):
        return "Batch(expires=%r, qty=%r)" % (self.expires, self.qty)


# ---------------------------------------------------------------- products


class Product:
    registry = {}
    family = 0
    category = "general"
    tax_bp = 2000
    handling = 40
    reorder_level = 6
    reorder_qty = 30
    unlimited = False

    price = Field(int, minimum=1)
    stock = Field(int, minimum=0)

    def __init_subclass__(cls, family=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if family is not None:
            cls.family = family
            Product.registry[family] = cls

    def __init__(self, number, price, stock, **kwargs):
        super().__init__(**kwargs)
        self.sku = Sku(self.family, number)
        self.price = price
        self.stock = 0
        self.received = 0
        self.sold = 0
        self.wasted = 0
        self.revenue = Money(0)
        self.bin = None
        self.receive(stock, 0)

    @classmethod
    def options(cls, rng):
        return {"price": 150 + rng.below(4000), "stock": 6 + rng.below(25)}

    @classmethod
    def make(cls, number, rng):
        return cls(number=number, **cls.options(rng))

    @property
    def unit_price(self):
        return self.quote()

    def quote(self):
        return Money(self.price)

    def tax_rate(self):
        return self.tax_bp

    def shipping(self, qty):
        return self.handling * qty

    def label(self):
        return self.category

    def can_supply(self, qty):
        return self.unlimited or self.stock >= qty

    def take(self, qty, day):
        self.stock -= qty
        self.sold += qty

    def receive(self, qty, day):
        self.stock += qty
        self.received += qty

    def expire(self, day):
        return 0

    def __lt__(self, other):
        return self.sku < other.sku

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.sku)


class Taxable:
    """Mixin: an item may be tax-exempt."""

    def __init__(self, exempt=False, **kwargs):
        super().__init__(**kwargs)
        self.exempt = exempt

    def tax_rate(self):
        return 0 if self.exempt else super().tax_rate()


class Fragile:
    """Mixin: padding costs extra shipping."""

    padding = 25

    def __init__(self, layers=1, **kwargs):
        super().__init__(**kwargs)
        self.layers = layers

    def shipping(self, qty):
        return super().shipping(qty) + self.padding * self.layers * qty

    def label(self):
        return "fragile " + super().label()


class Discounted:
    """Mixin: a percentage off the listed price."""

    def __init__(self, discount=0, **kwargs):
        super().__init__(**kwargs)
        self.discount = discount

    def quote(self):
        base = super().quote()
        return base - base.percent(self.discount * 100)

    def label(self):
        text = super().label()
        return text + " -%d%%" % self.discount if self.discount else text


class Physical(Product, family=1):
    category = "goods"
    handling = 60

    def __init__(self, grams=500, **kwargs):
        super().__init__(**kwargs)
        self.grams = grams

    @property
    def grams(self):
        return self._grams

    @grams.setter
    def grams(self, value):
        if value <= 0:
            raise ValueError("weight must be positive")
        self._grams = value

    @property
    def kilos(self):
        return (self._grams + 999) // 1000

    @classmethod
    def options(cls, rng):
        opts = super().options(rng)
        opts["grams"] = 50 + rng.below(4000)
        return opts

    def shipping(self, qty):
        return super().shipping(qty) + 15 * self.kilos * qty


class Perishable(Physical, family=2):
    category = "fresh"
    tax_bp = 700
    shelf_life = 6
    reorder_qty = 25

    def __init__(self, **kwargs):
        self.batches = []
        super().__init__(**kwargs)

    def receive(self, qty, day):
        self.batches.append(Batch(day + self.shelf_life, qty))
        super().receive(qty, day)

    def take(self, qty, day):
        left = qty
        batches = self.batches
        while left:
            first = batches[0]
            if first.qty > left:
                first.qty -= left
                left = 0
            else:
                left -= first.qty
                del batches[0]
        super().take(qty, day)

    def expire(self, day):
        gone = 0
        while self.batches and self.batches[0].expires <= day:
            gone += self.batches.pop(0).qty
        if gone:
            self.stock -= gone
            self.wasted += gone
        return gone


class Dairy(Perishable, family=3):
    category = "dairy"
    shelf_life = 4

    def shipping(self, qty):
        return super().shipping(qty) + 20 * qty


class Cheese(Discounted, Dairy, family=4):
    category = "cheese"
    shelf_life = 9

    @classmethod
    def options(cls, rng):
        opts = super().options(rng)
        opts["discount"] = rng.below(4) * 5
        return opts


class AgedCheese(Fragile, Cheese, family=5):
    category = "aged cheese"
    shelf_life = 20
    padding = 10


class Glassware(Fragile, Taxable, Physical, family=6):
    category = "glass"

    @classmethod
    def options(cls, rng):
        opts = super().options(rng)
        opts["layers"] = 1 + rng.below(3)
        return opts


class Wine(Fragile, Discounted, Perishable, family=7):
    category = "wine"
    tax_bp = 2500
    shelf_life = 30

    @classmethod
    def options(cls, rng):
        opts = super().options(rng)
        opts["discount"] = rng.below(3) * 10
        return opts


class Digital(Taxable, Product, family=8):
    category = "digital"
    handling = 0
    unlimited = True

    def shipping(self, qty):
        return 0

    def take(self, qty, day):
        self.sold += qty

    @classmethod
    def options(cls, rng):
        opts = super().options(rng)
        opts["exempt"] = rng.chance(20)
        return opts


class Ebook(Discounted, Digital, family=9):
    category = "ebook"

    @classmethod
    def options(cls, rng):
        opts = super().options(rng)
        opts["discount"] = 10 + rng.below(3) * 5
        return opts


class Subscription(Digital, family=10):
    category = "subscription"

    def __init__(self, months=1, **kwargs):
        super().__init__(**kwargs)
        self.months = months

    def quote(self):
        monthly = super().quote()
        # long subscriptions get a month free per six
        return monthly * (self.months - self.months // 6)

    def label(self):
        return "%s x%d" % (super().label(), self.months)

    @classmethod
    def options(cls, rng):
        opts = super().options(rng)
        opts["months"] = (1, 3, 6, 12)[rng.below(4)]
        return opts


# ---------------------------------------------------------------- customers


class Customer:
    tier = "guest"
    discount_bp = 0
    free_shipping_from = None
    points_rate = 0

    def __init__(self, ident):
        self.ident = ident
        self.spent = Money(0)
        self.orders = 0
        self.points = 0

    @classmethod
    def enrol(cls, ident, rng):
        return cls(ident)

    def member_discount(self, goods):
        return goods.percent(self.discount_bp)

    def shipping_for(self, goods, shipping):
        threshold = self.free_shipping_from
        if threshold is not None and goods.cents >= threshold:
            return Money(0)
        return shipping

    def __repr__(self):
        return "%s#%d" % (type(self).__name__, self.ident)


class Member(Customer):
    tier = "member"
    discount_bp = 200
    points_rate = 1


class Silver(Member):
    tier = "silver"
    discount_bp = 300
    free_shipping_from = 20000


class Gold(Silver):
    tier = "gold"
    discount_bp = 500
    free_shipping_from = 10000
    points_rate = 2


class Platinum(Gold):
    tier = "platinum"
    discount_bp = 800
    free_shipping_from = 0
    points_rate = 3


class Business(Customer):
    tier = "business"
    discount_bp = 100

    def __init__(self, ident, vat_registered=False):
        super().__init__(ident)
        self.vat_registered = vat_registered

    @classmethod
    def enrol(cls, ident, rng):
        return cls(ident, rng.chance(50))


class Reseller(Business, Gold):
    tier = "reseller"

    def member_discount(self, goods):
        # resellers get the better of the two schemes, plus a volume bonus
        base = super().member_discount(goods)
        if goods.cents > 30000:
            base = base + goods.percent(300)
        return base


# ---------------------------------------------------------------- orders


class Line:
    """Dataclass-like: product, quantity and the unit price agreed when ordered."""

    def __init__(self, product, qty, price):
        self.product = product
        self.qty = qty
        self.price = price

    def astuple(self):
        return (self.product.sku, self.qty, self.price)

    @property
    def total(self):
        return self.price * self.qty

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.astuple() == other.astuple()

    def __hash__(self):
        return hash(self.astuple())

    def __repr__(self):
        return "Line(product=%r, qty=%r, price=%r)" % (self.product, self.qty, self.price)


class Order:
    issued = 0
    priority = 1

    def __init__(self, customer, day):
        self.ident = Order.next_ident()
        self.customer = customer
        self.day = day
        self.lines = []
        self.status = "new"

    @staticmethod
    def next_ident():
        Order.issued += 1
        return Order.issued

    def add(self, product, qty):
        if product in self:
            for i in range(len(self)):
                line = self[i]
                if line.product is product:
                    self.lines[i] = Line(product, line.qty + qty, line.price)
                    return
        self.lines.append(Line(product, qty, product.unit_price))

    @property
    def subtotal(self):
        return sum(line.total for line in self)

    def __len__(self):
        return len(self.lines)

    def __getitem__(self, index):
        return self.lines[index]

    def __iter__(self):
        for line in self.lines:
            yield line

    def __contains__(self, product):
        for line in self.lines:
            if line.product is product:
                return True
        return False

    def __add__(self, other):
        merged = type(self)(self.customer, min(self.day, other.day))
        for line in self:
            merged.add(line.product, line.qty)
        for line in other:
            merged.add(line.product, line.qty)
        return merged

    def __repr__(self):
        return "%s(%d, %r, %d lines)" % (type(self).__name__, self.ident, self.customer,
                                         len(self))


class RushOrder(Order):
    priority = 3
    surcharge = 450

    def __init__(self, customer, day):
        super().__init__(customer, day)
        self.status = "rush"


# ---------------------------------------------------------------- events and handlers


class Event:
    def __init__(self, day):
        self.day = day


class OrderEvent(Event):
    def __init__(self, day, order):
        super().__init__(day)
        self.order = order


class OrderPlaced(OrderEvent):
    pass


class OrderFilled(OrderEvent):
    def __init__(self, day, order, goods, discount, tax, shipping):
        super().__init__(day, order)
        self.goods = goods
        self.discount = discount
        self.tax = tax
        self.shipping = shipping

    @property
    def charged(self):
        return self.goods - self.discount + self.tax + self.shipping


class OrderCancelled(OrderEvent):
    pass


class StockEvent(Event):
    def __init__(self, day, product, qty):
        super().__init__(day)
        self.product = product
        self.qty = qty


class Backorder(StockEvent):
    pass


class Restocked(StockEvent):
    pass


class Expired(StockEvent):
    pass


class Handler:
    registry = []
    kinds = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.kinds:
            Handler.registry.append(cls)

    def __init__(self):
        self.seen = 0

    def accepts(self, event):
        return isinstance(event, self.kinds)

    def handle(self, event):
        self.seen += 1


class Ledger(Handler):
    kinds = (OrderFilled,)

    def __init__(self):
        super().__init__()
        self.goods = Money.zero()
        self.discounts = Money.zero()
        self.tax = Money.zero()
        self.shipping = Money.zero()
        self.charged = Money.zero()
        self.by_tier = {}

    def handle(self, event):
        super().handle(event)
        self.goods += event.goods
        self.discounts += event.discount
        self.tax += event.tax
        self.shipping += event.shipping
        charged = event.charged
        self.charged += charged
        tier = event.order.customer.tier
        self.by_tier[tier] = self.by_tier.get(tier, Money(0)) + charged


class Loyalty(Handler):
    kinds = (OrderFilled, OrderCancelled)

    def __init__(self):
        super().__init__()
        self.cancelled = 0

    def handle(self, event):
        super().handle(event)
        customer = event.order.customer
        if isinstance(event, OrderCancelled):
            self.cancelled += 1
            customer.points = max(0, customer.points - 5)
            return
        charged = event.charged
        customer.spent += charged
        customer.orders += 1
        customer.points += charged.cents // 100 * customer.points_rate


class StockWatcher(Handler):
    kinds = (StockEvent,)

    def __init__(self):
        super().__init__()
        self.short = {}
        self.units = {Backorder: 0, Restocked: 0, Expired: 0}

    def handle(self, event):
        super().handle(event)
        self.units[type(event)] += event.qty
        if isinstance(event, Backorder):
            sku = event.product.sku
            self.short[sku] = self.short.get(sku, 0) + event.qty


class Auditor(Handler):
    kinds = (Event,)

    def __init__(self):
        super().__init__()
        self.counts = {}
        self.checksum = 0

    def handle(self, event):
        super().handle(event)
        name = type(event).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        if isinstance(event, OrderEvent):
            self.checksum = (self.checksum * 31 + event.order.ident + event.day) % 1000000007
        else:
            self.checksum = (self.checksum * 31 + hash(event.product.sku) * event.qty) % 1000000007


class EventBus:
    def __init__(self, handlers):
        self.handlers = handlers
        self.published = 0

    def publish(self, event):
        self.published += 1
        for handler in self.handlers:
            if handler.accepts(event):
                handler.handle(event)


# ---------------------------------------------------------------- catalogue and warehouse


class Catalogue:
    def __init__(self):
        self.by_sku = {}
        self.products = []

    def add(self, product):
        self.by_sku[product.sku] = product
        self.products.append(product)
        product.bin = Bin.from_index(len(self.products) * 7 % 601)

    def __len__(self):
        return len(self.products)

    def __getitem__(self, sku):
        return self.by_sku[sku]

    def __contains__(self, sku):
        return sku in self.by_sku

    def __iter__(self):
        return iter(self.products)


class Warehouse:
    def __init__(self, catalogue, bus):
        self.catalogue = catalogue
        self.bus = bus
        self.walked = 0
        self.picks = 0

    def fill(self, order, day):
        bus = self.bus
        customer = order.customer
        shipped = []
        for line in order:
            product = line.product
            if product.can_supply(line.qty):
                product.take(line.qty, day)
                product.revenue += line.total
                shipped.append(line)
            else:
                bus.publish(Backorder(day, product, line.qty))
        if not shipped:
            order.status = "cancelled"
            bus.publish(OrderCancelled(day, order))
            return None
        goods = sum(line.total for line in shipped)
        exempt = isinstance(customer, Business) and customer.vat_registered
        tax = Money(0)
        handling = 0
        for line in shipped:
            product = line.product
            if not (exempt and isinstance(product, Taxable)):
                tax = tax + line.total.percent(product.tax_rate())
            handling += product.shipping(line.qty)
        if isinstance(order, RushOrder):
            handling += order.surcharge
        shipping = customer.shipping_for(goods, Money(handling))
        self.walk([line.product.bin for line in shipped
                   if not isinstance(line.product, Digital)])
        order.status = "filled"
        event = OrderFilled(day, order, goods, customer.member_discount(goods), tax, shipping)
        bus.publish(event)
        return event

    def walk(self, bins):
        here = Location(0, 0)
        for place in sorted(bins):
            self.walked += here.distance(place)
            here = place
            self.picks += 1
        self.walked += here.distance(Location(0, 0))

    def end_of_day(self, day):
        bus = self.bus
        for product in self.catalogue:
            if isinstance(product, (Perishable, Wine)):
                gone = product.expire(day)
                if gone:
                    bus.publish(Expired(day, product, gone))
            if not product.unlimited and product.stock <= product.reorder_level:
                qty = product.reorder_qty
                product.receive(qty, day)
                bus.publish(Restocked(day, product, qty))


# ---------------------------------------------------------------- the simulation


PRICE_LIST = "3.99 12.50 0.89 25 7.25 149.99 18.4 2.05"

FAMILY_WEIGHTS = [(Physical, 6), (Perishable, 5), (Dairy, 5), (Cheese, 3), (AgedCheese, 2),
                  (Glassware, 4), (Wine, 3), (Digital, 3), (Ebook, 4), (Subscription, 2)]

TIERS = (Customer, Customer, Member, Member, Silver, Gold, Platinum, Business, Reseller)


def build_catalogue(rng, per_weight):
    catalogue = Catalogue()
    specials = [Money.parse(text) for text in PRICE_LIST.split()]
    for cls, weight in FAMILY_WEIGHTS:
        assert issubclass(cls, Product) and Product.registry[cls.family] is cls
        for number in range(weight * per_weight):
            product = cls.make(number + 1, rng)
            if number < len(specials):
                product.price = specials[number].cents
            catalogue.add(product)
    return catalogue


def check_validation():
    probe = Physical(number=9999, price=100, stock=1, grams=10)
    failures = []
    for field, value in (("price", 0), ("price", "12"), ("stock", -1), ("grams", 0)):
        try:
            setattr(probe, field, value)
        except (TypeError, ValueError) as exc:
            failures.append(type(exc).__name__ + ": " + str(exc))
    probe.stock = 3
    assert probe.stock == 3 and probe.__dict__["_stock"] == 3
    assert Product.__dict__["price"].name == "Product.price"
    return failures


def simulate(days, orders_per_day, seed):
    rng = Rng(seed)
    Order.issued = 0
    handlers = [cls() for cls in Handler.registry]
    bus = EventBus(handlers)
    catalogue = build_catalogue(rng, 6)
    products = catalogue.products
    # a fixed shuffle; picks favour the front of it, so some products sell slowly
    popular = sorted(products, key=lambda p: (hash(p.sku) * 7919 % 1009, p.sku))
    count = len(popular)
    customers = [TIERS[rng.below(len(TIERS))].enrol(i, rng) for i in range(400)]
    warehouse = Warehouse(catalogue, bus)
    pending = {}
    merged = 0
    sample = None
    for day in range(1, days + 1):
        for _ in range(orders_per_day):
            customer = customers[rng.below(len(customers))]
            kind = RushOrder if rng.chance(12) else Order
            order = kind(customer, day)
            for _ in range(1 + rng.below(5)):
                sku = Sku(1 + rng.below(10), 1 + rng.below(14))
                if rng.chance(25) and sku in catalogue:
                    product = catalogue[sku]
                else:
                    product = popular[rng.below(rng.below(count) + 1)]
                order.add(product, 1 + rng.below(3))
            # a customer's second order of the day is merged into the first one
            earlier = pending.get(customer)
            if earlier is not None and type(earlier) is type(order):
                order = earlier + order
                merged += 1
            pending[customer] = order
            bus.publish(OrderPlaced(day, order))
        for order in pending.values():
            event = warehouse.fill(order, day)
            if sample is None and event is not None and len(order) >= 4:
                sample = (order, event)
        pending.clear()
        warehouse.end_of_day(day)
    return catalogue, customers, handlers, warehouse, merged, sample


def main():
    assert [c.__name__ for c in Wine.__mro__] == [
        "Wine", "Fragile", "Discounted", "Perishable", "Physical", "Product", "object"]
    assert [c.__name__ for c in AgedCheese.__mro__] == [
        "AgedCheese", "Fragile", "Cheese", "Discounted", "Dairy", "Perishable", "Physical",
        "Product", "object"]
    assert [c.__name__ for c in Reseller.__mro__] == [
        "Reseller", "Business", "Gold", "Silver", "Member", "Customer", "object"]
    assert issubclass(AgedCheese, (Digital, Perishable)) and not issubclass(Ebook, Physical)
    assert len(Product.registry) == 10 and len(Handler.registry) == 4

    for failure in check_validation():
        print(failure)

    catalogue, customers, handlers, warehouse, merged, sample = simulate(80, 520, 2024)
    ledger, loyalty, watcher, auditor = handlers

    # independent bookkeeping must agree
    products = catalogue.products
    assert ledger.goods == sum(p.revenue for p in products)
    assert ledger.charged == sum(c.spent for c in customers)
    assert ledger.charged == ledger.goods - ledger.discounts + ledger.tax + ledger.shipping
    assert ledger.discounts <= ledger.goods and not ledger.goods <= ledger.discounts
    assert ledger.seen == sum(c.orders for c in customers)
    for p in products:
        if not p.unlimited:
            assert p.received - p.sold - p.wasted == p.stock
            if isinstance(p, Perishable):
                assert sum(b.qty for b in p.batches) == p.stock
    assert watcher.units[Expired] == sum(p.wasted for p in products)
    assert auditor.seen == sum(auditor.counts.values())

    print("catalogue: %d products, %d customers, %d orders issued, %d merged"
          % (len(catalogue), len(customers), Order.issued, merged))
    print("events: " + ", ".join("%s=%d" % (name, auditor.counts[name])
                                 for name in sorted(auditor.counts)))
    print("goods %r, discounts %r, tax %r, shipping %r, charged %r"
          % (ledger.goods, ledger.discounts, ledger.tax, ledger.shipping, ledger.charged))
    print("by tier: " + ", ".join("%s %r" % (t, m) for t, m in sorted(ledger.by_tier.items())))
    print("stock: backordered %d, restocked %d, expired %d; %d picks, walked %d"
          % (watcher.units[Backorder], watcher.units[Restocked], watcher.units[Expired],
             warehouse.picks, warehouse.walked))

    top = sorted(products, key=lambda p: (p.revenue, p.sku), reverse=True)[:5]
    for p in top:
        print("  %-22r %-26s %4d sold %r" % (p, p.label(), p.sold, p.revenue))
    shortest = sorted(watcher.short.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("most short: " + ", ".join("%r x%d" % kv for kv in shortest))
    best = max(customers, key=lambda c: (c.spent, -c.ident))
    print("best customer %r spent %r, %d orders, %d points"
          % (best, best.spent, best.orders, best.points))

    order, event = sample
    print("sample %r charged %r" % (order, event.charged))
    for line in order:
        print("  %r" % line)
    lines = set()
    for p in sorted(products)[::3]:
        lines.add(Line(p, 1, p.unit_price))
        lines.add(Line(p, 1, Money(p.unit_price.cents)))
    assert len(lines) == (len(products) + 2) // 3
    assert Batch(3, 4) == Batch(3, 4) and Batch(3, 4) != Batch(3, 5)
    assert len({Batch(3, 4), Batch(3, 4), Batch(4, 3)}) == 2
    print("checksum %d, bins %r..%r" % (auditor.checksum, min(p.bin for p in products),
                                        max(p.bin for p in products)))


if __name__ == "__main__":
    main()
