-- Indicator framework versions (一级 → 二级 tree). A published version is immutable: changes make a new version.
create table framework_version (
    id            uuid         primary key,
    code          varchar(40)  not null unique,
    name          varchar(200) not null,
    tree          jsonb        not null,
    published_at  timestamptz  not null,
    published_by  varchar(100) not null
);
