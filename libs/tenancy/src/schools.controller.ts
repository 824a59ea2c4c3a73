import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Operation, PageOf, PageQuery, Roles, type Page } from '@ptc/platform';
import { CreateSchoolDto, SchoolCreatedView, SchoolView } from './dto/school.dto.js';
import { SchoolsService } from './schools.service.js';

@ApiTags('school')
@ApiBearerAuth()
@Roles('school_admin', 'teacher', 'parent')
@Controller('school')
export class SchoolController {
  constructor(private readonly schools: SchoolsService) {}

  @Get()
  @Operation({ id: 'getSchool', summary: "The caller's school", type: SchoolView })
  current(): Promise<SchoolView> {
    return this.schools.current();
  }
}

@ApiTags('operator: schools')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/schools')
export class OperatorSchoolsController {
  constructor(private readonly schools: SchoolsService) {}

  @Post()
  @Operation({ id: 'createSchool', summary: 'A school with its contacts and first admin; emails the technical contact', status: 201, type: SchoolCreatedView })
  create(@Body() dto: CreateSchoolDto): Promise<SchoolCreatedView> {
    return this.schools.create(dto);
  }

  @Get()
  @Operation({ id: 'listSchools', summary: 'Every school, by name', type: PageOf(SchoolView) })
  list(@Query() query: PageQuery): Promise<Page<SchoolView>> {
    return this.schools.page(query);
  }
}
