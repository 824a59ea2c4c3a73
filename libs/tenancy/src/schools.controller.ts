import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Operation, PageOf, PageQuery, ParseId, RequestContext, Roles, type Page } from '@ptc/platform';
import { CreateSchoolDto, SchoolContactsDto, SchoolContactsView, SchoolCreatedView, SchoolView } from './dto/school.dto.js';
import { SchoolSettingsDto, SchoolSettingsView } from './dto/auth.dto.js';
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

@ApiTags('school')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/school-contacts')
export class AdminSchoolContactsController {
  constructor(private readonly schools: SchoolsService) {}

  @Get()
  @Operation({ id: 'getSchoolContacts', summary: "The school's contacts with PTC (technical; invoices and licence)", type: SchoolContactsView })
  get(): Promise<SchoolContactsView> {
    return this.schools.contacts(RequestContext.schoolId()!);
  }

  @Put()
  @Operation({ id: 'updateSchoolContacts', summary: "Change the school's contacts with PTC", type: SchoolContactsView })
  update(@Body() dto: SchoolContactsDto): Promise<SchoolContactsView> {
    return this.schools.updateContacts(RequestContext.schoolId()!, dto);
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

@ApiTags('operator: schools')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/schools/:id/contacts')
export class OperatorSchoolContactsController {
  constructor(private readonly schools: SchoolsService) {}

  @Get()
  @Operation({ id: 'getSchoolContactsForOperator', summary: "A school's customer record: its technical and finance contacts", type: SchoolContactsView })
  get(@Param('id', ParseId) id: string): Promise<SchoolContactsView> {
    return this.schools.contacts(id);
  }

  @Put()
  @Operation({ id: 'updateSchoolContactsForOperator', summary: "Change a school's technical and finance contacts", type: SchoolContactsView })
  update(@Param('id', ParseId) id: string, @Body() dto: SchoolContactsDto): Promise<SchoolContactsView> {
    return this.schools.updateContacts(id, dto);
  }
}

@ApiTags('school')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/school-settings')
export class AdminSchoolSettingsController {
  constructor(private readonly schools: SchoolsService) {}

  @Get()
  @Operation({ id: 'getSchoolSettings', summary: "The school's settings: the language of its emails to people who have not chosen one", type: SchoolSettingsView })
  get(): Promise<SchoolSettingsView> {
    return this.schools.settings(RequestContext.schoolId()!);
  }

  @Put()
  @Operation({ id: 'updateSchoolSettings', summary: "Change the school's settings", type: SchoolSettingsView })
  update(@Body() dto: SchoolSettingsDto): Promise<SchoolSettingsView> {
    return this.schools.updateSettings(RequestContext.schoolId()!, dto.language);
  }
}
