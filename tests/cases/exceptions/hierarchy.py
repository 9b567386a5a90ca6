def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, ModuleNotFoundError,
            UnboundLocalError, TabError, BrokenPipeError, TimeoutError, OverflowError, FloatingPointError,
            DeprecationWarning, UserWarning, ExceptionGroup, BaseExceptionGroup, EOFError, AssertionError,
            BufferError, MemoryError, StopAsyncIteration, ConnectionResetError, PermissionError, ProcessLookupError]:
    print(chain(cls))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(Warning, Exception), issubclass(Exception, BaseException), BaseException.__bases__)
