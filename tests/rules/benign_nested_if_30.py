# expect: accept
# why: 30 nested blocks: CPython allows 100
if 0 < 100:
    if 1 < 100:
        if 2 < 100:
            if 3 < 100:
                if 4 < 100:
                    if 5 < 100:
                        if 6 < 100:
                            if 7 < 100:
                                if 8 < 100:
                                    if 9 < 100:
                                        if 10 < 100:
                                            if 11 < 100:
                                                if 12 < 100:
                                                    if 13 < 100:
                                                        if 14 < 100:
                                                            if 15 < 100:
                                                                if 16 < 100:
                                                                    if 17 < 100:
                                                                        if 18 < 100:
                                                                            if 19 < 100:
                                                                                if 20 < 100:
                                                                                    if 21 < 100:
                                                                                        if 22 < 100:
                                                                                            if 23 < 100:
                                                                                                if 24 < 100:
                                                                                                    if 25 < 100:
                                                                                                        if 26 < 100:
                                                                                                            if 27 < 100:
                                                                                                                if 28 < 100:
                                                                                                                    if 29 < 100:
                                                                                                                        print('30 levels deep')
