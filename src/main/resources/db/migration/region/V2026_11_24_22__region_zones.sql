-- The provinces each national strategic zone covers (the regions below a province inherit its zones).
-- 11 北京 12 天津 13 河北 14 山西 15 内蒙古 21 辽宁 22 吉林 23 黑龙江 31 上海 32 江苏 33 浙江 34 安徽 35 福建
-- 36 江西 37 山东 41 河南 42 湖北 43 湖南 44 广东 45 广西 46 海南 50 重庆 51 四川 52 贵州 53 云南 54 西藏
-- 61 陕西 62 甘肃 63 青海 64 宁夏 65 新疆 81 香港 82 澳门
insert into region_zone (zone_code, region_code)
select z.zone_code, p || '0000'
from (values
    ('EASTERN', array['11', '12', '13', '31', '32', '33', '35', '37', '44', '46']),
    ('CENTRAL', array['14', '34', '36', '41', '42', '43']),
    ('WESTERN', array['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']),
    ('NORTHEAST', array['21', '22', '23']),
    ('WESTERN_DEVELOPMENT', array['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']),
    ('NORTHEAST_REVITALIZATION', array['21', '22', '23']),
    ('RISE_OF_CENTRAL', array['14', '34', '36', '41', '42', '43']),
    ('JING_JIN_JI', array['11', '12', '13']),
    ('YANGTZE_RIVER_DELTA', array['31', '32', '33', '34']),
    ('GREATER_BAY_AREA', array['44', '81', '82']),
    ('YANGTZE_RIVER_ECONOMIC_BELT', array['31', '32', '33', '34', '36', '42', '43', '50', '51', '53', '52']),
    ('CHENGDU_CHONGQING', array['51', '50']),
    ('YELLOW_RIVER', array['63', '51', '62', '64', '15', '14', '61', '41', '37'])
) as z (zone_code, provinces), unnest(z.provinces) as p;

grant select on region, strategic_zone, region_zone to ${app-role};
