try:
    import fast_impl as impl
except ImportError as e:
    print("no fast one:", e)
    import slow_impl as impl
print(impl.KIND, impl.__name__)
