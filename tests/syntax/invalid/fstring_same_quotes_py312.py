s = f'{d['key']}'
