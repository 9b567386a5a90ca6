KIND = 'pure python fallback'
