raise ImportError('pkg refuses')
