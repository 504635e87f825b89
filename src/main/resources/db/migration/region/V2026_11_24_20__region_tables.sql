-- Regions (GB/T 2260, 2024) as a tree, and the national strategic zones on the provinces.
-- Reference data: the rows are loaded by migrations (V2026_11_24_21 from region/areacodes-2024.txt,
-- V2026_11_24_22 for the zones) and never changed by the application, which therefore may only read them.
create table region (
    code        varchar(6)   primary key check (code ~ '^[0-9]{6}$'),
    name_zh     varchar(100) not null,
    name_en     varchar(200),
    level       varchar(16)  not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY')),
    parent_code varchar(6)   references region (code),
    constraint region_parent_iff_below_province check ((level = 'PROVINCE') = (parent_code is null))
);
create index region_parent on region (parent_code);

create table strategic_zone (
    code       varchar(40)  primary key,
    kind       varchar(24)  not null check (kind in ('ECONOMIC_REGION', 'PROGRAMME', 'STRATEGY')),
    name_zh    varchar(100) not null,
    name_en    varchar(200) not null,
    sort_order int          not null unique
);

-- Zones are assigned to provinces; the regions below a province inherit its zones.
create table region_zone (
    region_code varchar(6)  not null references region (code) check (region_code ~ '^[0-9]{2}0000$'),
    zone_code   varchar(40) not null references strategic_zone (code),
    primary key (region_code, zone_code)
);
create index region_zone_zone on region_zone (zone_code);

insert into strategic_zone (code, kind, name_zh, name_en, sort_order) values
    ('EASTERN', 'ECONOMIC_REGION', '东部地区', 'Eastern region', 10),
    ('CENTRAL', 'ECONOMIC_REGION', '中部地区', 'Central region', 20),
    ('WESTERN', 'ECONOMIC_REGION', '西部地区', 'Western region', 30),
    ('NORTHEAST', 'ECONOMIC_REGION', '东北地区', 'Northeast region', 40),
    ('WESTERN_DEVELOPMENT', 'PROGRAMME', '西部大开发', 'Western Development', 50),
    ('NORTHEAST_REVITALIZATION', 'PROGRAMME', '东北振兴', 'Northeast Revitalization', 60),
    ('RISE_OF_CENTRAL', 'PROGRAMME', '中部崛起', 'Rise of Central China', 70),
    ('JING_JIN_JI', 'STRATEGY', '京津冀', 'Beijing–Tianjin–Hebei', 80),
    ('YANGTZE_RIVER_DELTA', 'STRATEGY', '长三角', 'Yangtze River Delta', 90),
    ('GREATER_BAY_AREA', 'STRATEGY', '粤港澳大湾区', 'Guangdong–Hong Kong–Macao Greater Bay Area', 100),
    ('YANGTZE_RIVER_ECONOMIC_BELT', 'STRATEGY', '长江经济带', 'Yangtze River Economic Belt', 110),
    ('CHENGDU_CHONGQING', 'STRATEGY', '成渝地区双城经济圈', 'Chengdu–Chongqing Economic Circle', 120),
    ('YELLOW_RIVER', 'STRATEGY', '黄河流域生态保护和高质量发展', 'Yellow River Basin Ecological Protection and High-Quality Development', 130);

grant select on region, strategic_zone, region_zone to ${app-role};
