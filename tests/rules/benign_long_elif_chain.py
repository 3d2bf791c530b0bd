# expect: accept
# why: 300 elif branches are siblings, not nesting
def grade(n):
    if n == 0:
        return 'zero'
    elif n == 1:
        return 'n1'
    elif n == 2:
        return 'n2'
    elif n == 3:
        return 'n3'
    elif n == 4:
        return 'n4'
    elif n == 5:
        return 'n5'
    elif n == 6:
        return 'n6'
    elif n == 7:
        return 'n7'
    elif n == 8:
        return 'n8'
    elif n == 9:
        return 'n9'
    elif n == 10:
        return 'n10'
    elif n == 11:
        return 'n11'
    elif n == 12:
        return 'n12'
    elif n == 13:
        return 'n13'
    elif n == 14:
        return 'n14'
    elif n == 15:
        return 'n15'
    elif n == 16:
        return 'n16'
    elif n == 17:
        return 'n17'
    elif n == 18:
        return 'n18'
    elif n == 19:
        return 'n19'
    elif n == 20:
        return 'n20'
    elif n == 21:
        return 'n21'
    elif n == 22:
        return 'n22'
    elif n == 23:
        return 'n23'
    elif n == 24:
        return 'n24'
    elif n == 25:
        return 'n25'
    elif n == 26:
        return 'n26'
    elif n == 27:
        return 'n27'
    elif n == 28:
        return 'n28'
    elif n == 29:
        return 'n29'
    elif n == 30:
        return 'n30'
    elif n == 31:
        return 'n31'
    elif n == 32:
        return 'n32'
    elif n == 33:
        return 'n33'
    elif n == 34:
        return 'n34'
    elif n == 35:
        return 'n35'
    elif n == 36:
        return 'n36'
    elif n == 37:
        return 'n37'
    elif n == 38:
        return 'n38'
    elif n == 39:
        return 'n39'
    elif n == 40:
        return 'n40'
    elif n == 41:
        return 'n41'
    elif n == 42:
        return 'n42'
    elif n == 43:
        return 'n43'
    elif n == 44:
        return 'n44'
    elif n == 45:
        return 'n45'
    elif n == 46:
        return 'n46'
    elif n == 47:
        return 'n47'
    elif n == 48:
        return 'n48'
    elif n == 49:
        return 'n49'
    elif n == 50:
        return 'n50'
    elif n == 51:
        return 'n51'
    elif n == 52:
        return 'n52'
    elif n == 53:
        return 'n53'
    elif n == 54:
        return 'n54'
    elif n == 55:
        return 'n55'
    elif n == 56:
        return 'n56'
    elif n == 57:
        return 'n57'
    elif n == 58:
        return 'n58'
    elif n == 59:
        return 'n59'
    elif n == 60:
        return 'n60'
    elif n == 61:
        return 'n61'
    elif n == 62:
        return 'n62'
    elif n == 63:
        return 'n63'
    elif n == 64:
        return 'n64'
    elif n == 65:
        return 'n65'
    elif n == 66:
        return 'n66'
    elif n == 67:
        return 'n67'
    elif n == 68:
        return 'n68'
    elif n == 69:
        return 'n69'
    elif n == 70:
        return 'n70'
    elif n == 71:
        return 'n71'
    elif n == 72:
        return 'n72'
    elif n == 73:
        return 'n73'
    elif n == 74:
        return 'n74'
    elif n == 75:
        return 'n75'
    elif n == 76:
        return 'n76'
    elif n == 77:
        return 'n77'
    elif n == 78:
        return 'n78'
    elif n == 79:
        return 'n79'
    elif n == 80:
        return 'n80'
    elif n == 81:
        return 'n81'
    elif n == 82:
        return 'n82'
    elif n == 83:
        return 'n83'
    elif n == 84:
        return 'n84'
    elif n == 85:
        return 'n85'
    elif n == 86:
        return 'n86'
    elif n == 87:
        return 'n87'
    elif n == 88:
        return 'n88'
    elif n == 89:
        return 'n89'
    elif n == 90:
        return 'n90'
    elif n == 91:
        return 'n91'
    elif n == 92:
        return 'n92'
    elif n == 93:
        return 'n93'
    elif n == 94:
        return 'n94'
    elif n == 95:
        return 'n95'
    elif n == 96:
        return 'n96'
    elif n == 97:
        return 'n97'
    elif n == 98:
        return 'n98'
    elif n == 99:
        return 'n99'
    elif n == 100:
        return 'n100'
    elif n == 101:
        return 'n101'
    elif n == 102:
        return 'n102'
    elif n == 103:
        return 'n103'
    elif n == 104:
        return 'n104'
    elif n == 105:
        return 'n105'
    elif n == 106:
        return 'n106'
    elif n == 107:
        return 'n107'
    elif n == 108:
        return 'n108'
    elif n == 109:
        return 'n109'
    elif n == 110:
        return 'n110'
    elif n == 111:
        return 'n111'
    elif n == 112:
        return 'n112'
    elif n == 113:
        return 'n113'
    elif n == 114:
        return 'n114'
    elif n == 115:
        return 'n115'
    elif n == 116:
        return 'n116'
    elif n == 117:
        return 'n117'
    elif n == 118:
        return 'n118'
    elif n == 119:
        return 'n119'
    elif n == 120:
        return 'n120'
    elif n == 121:
        return 'n121'
    elif n == 122:
        return 'n122'
    elif n == 123:
        return 'n123'
    elif n == 124:
        return 'n124'
    elif n == 125:
        return 'n125'
    elif n == 126:
        return 'n126'
    elif n == 127:
        return 'n127'
    elif n == 128:
        return 'n128'
    elif n == 129:
        return 'n129'
    elif n == 130:
        return 'n130'
    elif n == 131:
        return 'n131'
    elif n == 132:
        return 'n132'
    elif n == 133:
        return 'n133'
    elif n == 134:
        return 'n134'
    elif n == 135:
        return 'n135'
    elif n == 136:
        return 'n136'
    elif n == 137:
        return 'n137'
    elif n == 138:
        return 'n138'
    elif n == 139:
        return 'n139'
    elif n == 140:
        return 'n140'
    elif n == 141:
        return 'n141'
    elif n == 142:
        return 'n142'
    elif n == 143:
        return 'n143'
    elif n == 144:
        return 'n144'
    elif n == 145:
        return 'n145'
    elif n == 146:
        return 'n146'
    elif n == 147:
        return 'n147'
    elif n == 148:
        return 'n148'
    elif n == 149:
        return 'n149'
    elif n == 150:
        return 'n150'
    elif n == 151:
        return 'n151'
    elif n == 152:
        return 'n152'
    elif n == 153:
        return 'n153'
    elif n == 154:
        return 'n154'
    elif n == 155:
        return 'n155'
    elif n == 156:
        return 'n156'
    elif n == 157:
        return 'n157'
    elif n == 158:
        return 'n158'
    elif n == 159:
        return 'n159'
    elif n == 160:
        return 'n160'
    elif n == 161:
        return 'n161'
    elif n == 162:
        return 'n162'
    elif n == 163:
        return 'n163'
    elif n == 164:
        return 'n164'
    elif n == 165:
        return 'n165'
    elif n == 166:
        return 'n166'
    elif n == 167:
        return 'n167'
    elif n == 168:
        return 'n168'
    elif n == 169:
        return 'n169'
    elif n == 170:
        return 'n170'
    elif n == 171:
        return 'n171'
    elif n == 172:
        return 'n172'
    elif n == 173:
        return 'n173'
    elif n == 174:
        return 'n174'
    elif n == 175:
        return 'n175'
    elif n == 176:
        return 'n176'
    elif n == 177:
        return 'n177'
    elif n == 178:
        return 'n178'
    elif n == 179:
        return 'n179'
    elif n == 180:
        return 'n180'
    elif n == 181:
        return 'n181'
    elif n == 182:
        return 'n182'
    elif n == 183:
        return 'n183'
    elif n == 184:
        return 'n184'
    elif n == 185:
        return 'n185'
    elif n == 186:
        return 'n186'
    elif n == 187:
        return 'n187'
    elif n == 188:
        return 'n188'
    elif n == 189:
        return 'n189'
    elif n == 190:
        return 'n190'
    elif n == 191:
        return 'n191'
    elif n == 192:
        return 'n192'
    elif n == 193:
        return 'n193'
    elif n == 194:
        return 'n194'
    elif n == 195:
        return 'n195'
    elif n == 196:
        return 'n196'
    elif n == 197:
        return 'n197'
    elif n == 198:
        return 'n198'
    elif n == 199:
        return 'n199'
    elif n == 200:
        return 'n200'
    elif n == 201:
        return 'n201'
    elif n == 202:
        return 'n202'
    elif n == 203:
        return 'n203'
    elif n == 204:
        return 'n204'
    elif n == 205:
        return 'n205'
    elif n == 206:
        return 'n206'
    elif n == 207:
        return 'n207'
    elif n == 208:
        return 'n208'
    elif n == 209:
        return 'n209'
    elif n == 210:
        return 'n210'
    elif n == 211:
        return 'n211'
    elif n == 212:
        return 'n212'
    elif n == 213:
        return 'n213'
    elif n == 214:
        return 'n214'
    elif n == 215:
        return 'n215'
    elif n == 216:
        return 'n216'
    elif n == 217:
        return 'n217'
    elif n == 218:
        return 'n218'
    elif n == 219:
        return 'n219'
    elif n == 220:
        return 'n220'
    elif n == 221:
        return 'n221'
    elif n == 222:
        return 'n222'
    elif n == 223:
        return 'n223'
    elif n == 224:
        return 'n224'
    elif n == 225:
        return 'n225'
    elif n == 226:
        return 'n226'
    elif n == 227:
        return 'n227'
    elif n == 228:
        return 'n228'
    elif n == 229:
        return 'n229'
    elif n == 230:
        return 'n230'
    elif n == 231:
        return 'n231'
    elif n == 232:
        return 'n232'
    elif n == 233:
        return 'n233'
    elif n == 234:
        return 'n234'
    elif n == 235:
        return 'n235'
    elif n == 236:
        return 'n236'
    elif n == 237:
        return 'n237'
    elif n == 238:
        return 'n238'
    elif n == 239:
        return 'n239'
    elif n == 240:
        return 'n240'
    elif n == 241:
        return 'n241'
    elif n == 242:
        return 'n242'
    elif n == 243:
        return 'n243'
    elif n == 244:
        return 'n244'
    elif n == 245:
        return 'n245'
    elif n == 246:
        return 'n246'
    elif n == 247:
        return 'n247'
    elif n == 248:
        return 'n248'
    elif n == 249:
        return 'n249'
    elif n == 250:
        return 'n250'
    elif n == 251:
        return 'n251'
    elif n == 252:
        return 'n252'
    elif n == 253:
        return 'n253'
    elif n == 254:
        return 'n254'
    elif n == 255:
        return 'n255'
    elif n == 256:
        return 'n256'
    elif n == 257:
        return 'n257'
    elif n == 258:
        return 'n258'
    elif n == 259:
        return 'n259'
    elif n == 260:
        return 'n260'
    elif n == 261:
        return 'n261'
    elif n == 262:
        return 'n262'
    elif n == 263:
        return 'n263'
    elif n == 264:
        return 'n264'
    elif n == 265:
        return 'n265'
    elif n == 266:
        return 'n266'
    elif n == 267:
        return 'n267'
    elif n == 268:
        return 'n268'
    elif n == 269:
        return 'n269'
    elif n == 270:
        return 'n270'
    elif n == 271:
        return 'n271'
    elif n == 272:
        return 'n272'
    elif n == 273:
        return 'n273'
    elif n == 274:
        return 'n274'
    elif n == 275:
        return 'n275'
    elif n == 276:
        return 'n276'
    elif n == 277:
        return 'n277'
    elif n == 278:
        return 'n278'
    elif n == 279:
        return 'n279'
    elif n == 280:
        return 'n280'
    elif n == 281:
        return 'n281'
    elif n == 282:
        return 'n282'
    elif n == 283:
        return 'n283'
    elif n == 284:
        return 'n284'
    elif n == 285:
        return 'n285'
    elif n == 286:
        return 'n286'
    elif n == 287:
        return 'n287'
    elif n == 288:
        return 'n288'
    elif n == 289:
        return 'n289'
    elif n == 290:
        return 'n290'
    elif n == 291:
        return 'n291'
    elif n == 292:
        return 'n292'
    elif n == 293:
        return 'n293'
    elif n == 294:
        return 'n294'
    elif n == 295:
        return 'n295'
    elif n == 296:
        return 'n296'
    elif n == 297:
        return 'n297'
    elif n == 298:
        return 'n298'
    elif n == 299:
        return 'n299'
    else:
        return 'big'

print(grade(150), grade(1000))
