f = lambda *args=(): args
