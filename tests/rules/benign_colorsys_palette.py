# expect: accept
import colorsys


def hex_color(r, g, b):
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))


palette = [hex_color(*colorsys.hsv_to_rgb(h / 6, 0.8, 0.9)) for h in range(6)]
print(palette)
print([round(c, 3) for c in colorsys.rgb_to_hls(0.2, 0.4, 0.6)])
