print('init ipkg.broken, about to fail')
PARTIAL = 1
raise ValueError('broken on purpose')
