WHERE = 'first (shadowed by the script folder)'
