# CFF-outline OpenType -> TrueType-outline (glyf) font; adapted from fontTools' Snippets/otf2ttf.py (MIT licence).
# Used by hangul-subset.sh; needs python3-fonttools.
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

def glyphs_to_quadratic(glyphs, max_err=1.0, reverse_direction=True):
    quad = {}
    for name in glyphs.keys():
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err, reverse_direction=reverse_direction))
        quad[name] = pen.glyph()
    return quad

src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src)
order = font.getGlyphOrder()
font["loca"] = newTable("loca")
font["glyf"] = glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = glyphs_to_quadratic(font.getGlyphSet())
del font["CFF "]
if "VORG" in font: del font["VORG"]
glyf.compile(font)
font["maxp"] = maxp = newTable("maxp")
maxp.tableVersion = 0x00010000
maxp.maxZones = 1; maxp.maxTwilightPoints = 0; maxp.maxStorage = 0; maxp.maxFunctionDefs = 0
maxp.maxInstructionDefs = 0; maxp.maxStackElements = 0; maxp.maxSizeOfInstructions = 0; maxp.maxComponentElements = 0
maxp.compile(font)
post = font["post"]; post.formatType = 2.0; post.extraNames = []; post.mapping = {}
post.glyphOrder = order
font["head"].indexToLocFormat = 0
font.sfntVersion = "\x00\x01\x00\x00"
font.save(dst)
