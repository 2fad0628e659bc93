-- 行政区划 codes have one meaning on the whole platform (RegionCode): six digits, the level read from the
-- trailing zeros. dim_region held the province and the city under their short prefixes (13, 1306) and took a
-- six-digit city code such as 130600 (市本级) for a county: now every row is keyed by its six-digit code and
-- carries the level that code has everywhere else.
insert into dim_region (region_code, level, province_code, city_code)
    select region_code || '0000', 'PROVINCE', province_code, null from dim_region where length(region_code) = 2
    on conflict (region_code) do nothing;
insert into dim_region (region_code, level, province_code, city_code)
    select region_code || '00', 'CITY', province_code, region_code from dim_region where length(region_code) = 4
    on conflict (region_code) do nothing;
update dim_region set level = 'PROVINCE', city_code = null where region_code like '__0000';
update dim_region set level = 'CITY', city_code = left(region_code, 4)
    where length(region_code) = 6 and region_code like '____00' and region_code not like '__0000';
update fact_review_case set region_code = region_code || '0000' where length(region_code) = 2;
update fact_review_case set region_code = region_code || '00' where length(region_code) = 4;
delete from dim_region where length(region_code) < 6;
